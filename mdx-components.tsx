import type { MDXComponents } from 'mdx/types'
import { RiskCallout } from '@/components/callout/risk-callout'
import { EvidenceLabel } from '@/components/evidence/evidence-label'
import { Term } from '@/components/glossary/term'
import { Timeline, TimelineEvent } from '@/components/timeline/timeline'
import { MdxTable, MdxTh } from '@/components/mdx/table'

/** Components every MDX file may use without importing them (page-bound ones are added by the page). */
const components: MDXComponents = {
  RiskCallout,
  Evidence: EvidenceLabel,
  Term,
  Timeline,
  TimelineEvent,
  table: MdxTable,
  th: MdxTh,
}

export function useMDXComponents(): MDXComponents {
  return components
}
