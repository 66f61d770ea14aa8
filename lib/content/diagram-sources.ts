import type { Price } from './schema'
import { getDiagrams } from './diagrams'
import { defaultLocale } from './locales'

export interface PriceGroup {
  currency: Price['currency']
  prices: Price[]
}

/** Prices grouped by currency, groups in order of first appearance, prices in file order. */
export function priceGroups(prices: readonly Price[]): PriceGroup[] {
  const groups: PriceGroup[] = []
  for (const p of prices) {
    const g = groups.find((x) => x.currency === p.currency)
    if (g) g.prices.push(p)
    else groups.push({ currency: p.currency, prices: [p] })
  }
  return groups
}

/** Sources the cost chart's caption cites, in render order (each source once, at its first row). */
export function costChartCitations(prices: readonly Price[]): string[] {
  return [...new Set(priceGroups(prices).flatMap((g) => g.prices.map((p) => p.source)))]
}

/**
 * Sources each diagram component cites in its caption, by component name, in the order the
 * caption renders them. The content checks use this to number citations, to fail on unknown ids
 * and to accept the tag at all (a diagram tag is valid only if it is listed here).
 *
 * The lists come from the diagrams' content (content/diagrams/*.yaml), which the components
 * render from too, so caption and checker cannot drift apart.
 */
export function diagramSources(prices: readonly Price[]): Record<string, string[]> {
  const d = getDiagrams(defaultLocale().code)
  const cs = d.courseSchedule
  return {
    SkinDepthDiagram: d.skinDepth.columns.flatMap((c) => c.parts.map((p) => p.source)),
    CourseScheduleDiagram: [...cs.noteSources, ...cs.timed.map((r) => r.source), ...cs.count.map((r) => r.source)],
    AftercareTimelineDiagram: d.aftercareTimeline.groups.flatMap((g) => g.sources),
    EvidenceByUseDiagram: d.evidenceByUse.rows.flatMap((r) => r.sources),
    CostRangeChart: costChartCitations(prices),
  }
}
