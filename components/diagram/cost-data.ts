/**
 * Scale of the cost chart (costs). The grouping of content/prices.yaml lives in
 * lib/content/diagram-sources.ts, which lists the citations in the same order; the words are in
 * content/<locale>/diagrams/cost-range.yaml.
 */

export { priceGroups, costChartCitations, type PriceGroup } from '../../lib/content/diagram-sources'

/** A round axis maximum and tick step for values up to `max`, with about 4 to 7 ticks. */
export function niceScale(max: number): { max: number; step: number } {
  const steps = [1, 2, 2.5, 5]
  for (let mag = 1; mag < 1e7; mag *= 10) {
    for (const s of steps) {
      const step = s * mag
      if (Math.ceil(max / step) <= 6) return { max: Math.max(step, Math.ceil(max / step) * step), step }
    }
  }
  return { max, step: max }
}

