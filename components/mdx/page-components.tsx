import type { MDXComponents } from 'mdx/types'
import type { Content } from '@/lib/content'
import type { CitationScope } from '@/lib/citations/scope'
import { CiteMarker } from '@/components/citation/cite-marker'
import { DisagreementBlock } from '@/components/disagreement/disagreement-block'
import { DisagreementHub } from '@/components/disagreement/disagreement-hub'
import { GlossaryList } from '@/components/glossary/glossary-list'
import { CostRangeChart } from '@/components/diagram/cost-range-chart'
import { SkinDepthDiagram } from '@/components/diagram/skin-depth-diagram'
import { CourseScheduleDiagram } from '@/components/diagram/course-schedule-diagram'
import { AftercareTimelineDiagram } from '@/components/diagram/aftercare-timeline-diagram'
import { EvidenceByUseDiagram } from '@/components/diagram/evidence-by-use-diagram'

/**
 * MDX components bound to one page's citation scope and language (`locale`: the diagrams' words
 * come from content/<locale>/diagrams/). The loader has already checked every id, so a miss here
 * is a programming error and fails the build.
 */
export function pageComponents(content: Content, scope: CitationScope, locale = 'en'): MDXComponents {
  const source = (id: string) => {
    const s = content.sourceById.get(id)
    if (!s) throw new Error(`Unknown source id "${id}"`)
    return s
  }
  return {
    Cite: ({ id }: { id: string }) => <CiteMarker scope={scope} source={source(id)} />,
    Disagreement: ({ id }: { id: string }) => {
      const d = content.disagreements.get(id)
      if (!d) throw new Error(`Unknown disagreement "${id}"`)
      return <DisagreementBlock disagreement={d} content={content} scope={scope} />
    },
    GlossaryList: () => <GlossaryList content={content} scope={scope} />,
    DisagreementHub: () => <DisagreementHub content={content} scope={scope} />,
    // Diagrams: each caption cites the sources lib/content/diagram-sources.ts lists for it.
    SkinDepthDiagram: () => <SkinDepthDiagram content={content} scope={scope} locale={locale} />,
    CourseScheduleDiagram: () => <CourseScheduleDiagram content={content} scope={scope} locale={locale} />,
    AftercareTimelineDiagram: () => <AftercareTimelineDiagram content={content} scope={scope} locale={locale} />,
    EvidenceByUseDiagram: () => <EvidenceByUseDiagram content={content} scope={scope} locale={locale} />,
    CostRangeChart: () => <CostRangeChart content={content} scope={scope} locale={locale} />,
  }
}
