/**
 * Grouping of content/prices.yaml for the cost chart (costs). Pure functions, no React:
 * lib/content/diagram-sources.ts uses the same grouping to list the citations in render order.
 */
import type { Price } from '../../lib/content/schema'

export const CURRENCIES: Record<Price['currency'], { symbol: string; name: string }> = {
  USD: { symbol: 'US$', name: 'US dollars' },
  EUR: { symbol: '€', name: 'euros' },
  GBP: { symbol: '£', name: 'pounds sterling' },
}

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

/** Sources the chart's caption cites, in render order (each source once, at its first row). */
export function costChartCitations(prices: readonly Price[]): string[] {
  return [...new Set(priceGroups(prices).flatMap((g) => g.prices.map((p) => p.source)))]
}

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

/** "US$200–600", "about €110". */
export function formatRange(p: Pick<Price, 'currency' | 'low' | 'high'>): string {
  const sym = CURRENCIES[p.currency].symbol
  return p.low === p.high ? `about ${sym}${p.low}` : `${sym}${p.low}–${p.high}`
}

export const COST_RANGE_TITLE = 'Price of one session, by source'
