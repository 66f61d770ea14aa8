import type { Price } from './schema'

/**
 * Sources each diagram component cites in its caption, by component name.
 * The content checks use this to number citations and to fail on unknown ids.
 */
export function diagramSources(prices: readonly Price[]): Record<string, string[]> {
  return {
    CostRangeChart: unique(prices.map((p) => p.source)),
  }
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)]
}
