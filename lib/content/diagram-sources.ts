import type { Price } from './schema'
import { SKIN_DEPTH_CITATIONS } from '../../components/diagram/skin-depth-data'
import { COURSE_SCHEDULE_CITATIONS } from '../../components/diagram/course-schedule-data'
import { AFTERCARE_TIMELINE_CITATIONS } from '../../components/diagram/aftercare-timeline-data'
import { EVIDENCE_BY_USE_CITATIONS } from '../../components/diagram/evidence-by-use-data'
import { costChartCitations } from '../../components/diagram/cost-data'

/**
 * Sources each diagram component cites in its caption, by component name, in the order the
 * caption renders them. The content checks use this to number citations, to fail on unknown ids
 * and to accept the tag at all (a diagram tag is valid only if it is listed here).
 *
 * The lists come from the diagrams' own data modules (components/diagram/*-data.ts), which the
 * components render from too, so caption and checker cannot drift apart.
 */
export function diagramSources(prices: readonly Price[]): Record<string, string[]> {
  return {
    SkinDepthDiagram: [...SKIN_DEPTH_CITATIONS],
    CourseScheduleDiagram: [...COURSE_SCHEDULE_CITATIONS],
    AftercareTimelineDiagram: [...AFTERCARE_TIMELINE_CITATIONS],
    EvidenceByUseDiagram: [...EVIDENCE_BY_USE_CITATIONS],
    CostRangeChart: costChartCitations(prices),
  }
}
