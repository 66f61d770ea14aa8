import type { MDXComponents } from 'mdx/types'
import type { ComponentPropsWithoutRef, ReactNode } from 'react'
import type { Content, EvidenceLevel, RiskLevel } from '@/lib/content'
import type { CitationScope } from '@/lib/citations/scope'
import { localizeHref } from '@/lib/content/links'
import { CiteMarker } from '@/components/citation/cite-marker'
import { DisagreementBlock } from '@/components/disagreement/disagreement-block'
import { DisagreementHub } from '@/components/disagreement/disagreement-hub'
import { GlossaryList } from '@/components/glossary/glossary-list'
import { Term } from '@/components/glossary/term'
import { RiskCallout } from '@/components/callout/risk-callout'
import { EvidenceLabel } from '@/components/evidence/evidence-label'
import { MdxTable } from '@/components/mdx/table'
import { CostRangeChart } from '@/components/diagram/cost-range-chart'
import { SkinDepthDiagram } from '@/components/diagram/skin-depth-diagram'
import { CourseScheduleDiagram } from '@/components/diagram/course-schedule-diagram'
import { AftercareTimelineDiagram } from '@/components/diagram/aftercare-timeline-diagram'
import { EvidenceByUseDiagram } from '@/components/diagram/evidence-by-use-diagram'

/**
 * MDX components bound to one page's language and citation scope. The loader has already checked
 * every id, so a miss here is a programming error and fails the build. Internal links written in
 * content as English site paths lead to the same page in the page's language.
 */
export function pageComponents(content: Content, scope: CitationScope): MDXComponents {
  const source = (id: string) => {
    const s = content.sourceById.get(id)
    if (!s) throw new Error(`Unknown source id "${id}"`)
    return s
  }
  const { ui } = content
  return {
    a: ({ href, ...rest }: ComponentPropsWithoutRef<'a'>) => <a href={href ? localizeHref(content.locale.code, href) : href} {...rest} />,
    table: (props: ComponentPropsWithoutRef<'table'>) => <MdxTable {...props} ui={ui} />,
    RiskCallout: (props: { level: RiskLevel; title: string; headingLevel?: 2 | 3 | 4; children?: ReactNode }) => <RiskCallout {...props} ui={ui} />,
    Evidence: ({ level }: { level: EvidenceLevel }) => <EvidenceLabel level={level} content={content} />,
    Term: ({ id, children }: { id: string; children?: ReactNode }) => (
      <Term id={id} content={content}>
        {children}
      </Term>
    ),
    Cite: ({ id }: { id: string }) => <CiteMarker scope={scope} source={source(id)} ui={ui} />,
    Disagreement: ({ id }: { id: string }) => {
      const d = content.disagreements.get(id)
      if (!d) throw new Error(`Unknown disagreement "${id}"`)
      return <DisagreementBlock disagreement={d} content={content} scope={scope} />
    },
    GlossaryList: () => <GlossaryList content={content} scope={scope} />,
    DisagreementHub: () => <DisagreementHub content={content} scope={scope} />,
    // Diagrams: each caption cites the sources lib/content/diagram-sources.ts lists for it.
    SkinDepthDiagram: () => <SkinDepthDiagram content={content} scope={scope} />,
    CourseScheduleDiagram: () => <CourseScheduleDiagram content={content} scope={scope} />,
    AftercareTimelineDiagram: () => <AftercareTimelineDiagram content={content} scope={scope} />,
    EvidenceByUseDiagram: () => <EvidenceByUseDiagram content={content} scope={scope} />,
    CostRangeChart: () => <CostRangeChart content={content} scope={scope} />,
  }
}
