import type { MDXComponents } from 'mdx/types'
import type { ComponentPropsWithoutRef } from 'react'
import { RiskCallout } from '@/components/callout/risk-callout'
import { EvidenceLabel } from '@/components/evidence/evidence-label'
import { Term } from '@/components/glossary/term'
import { Timeline, TimelineEvent } from '@/components/timeline/timeline'

/** Components every MDX file may use without importing them (page-bound ones are added by the page). */
const components: MDXComponents = {
  RiskCallout,
  Evidence: EvidenceLabel,
  Term,
  Timeline,
  TimelineEvent,
  table: (props: ComponentPropsWithoutRef<'table'>) => (
    <div className="table-wrap" role="region" aria-label="Table (scrolls sideways on small screens)" tabIndex={0}>
      <table {...props} />
    </div>
  ),
}

export function useMDXComponents(): MDXComponents {
  return components
}
