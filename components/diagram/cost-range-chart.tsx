import type { Content } from '@/lib/content'
import type { CitationScope } from '@/lib/citations/scope'

/** Placeholder replaced by the cost diagram (issue: pictures and tools). */
export function CostRangeChart(_props: { content: Content; scope: CitationScope }) {
  return null
}
