import { fillLabel as fill } from '@/lib/content/options'
/**
 * Citation numbering for one page (or one FAQ answer). Numbers follow first use, a repeated
 * source keeps its number, and every marker gets its own anchor so back-links can return to it.
 */
export interface CitationScope {
  /** Prefix for anchors: '' on article pages, `<faq-slug>--` inside an FAQ answer. */
  prefix: string
  /** Source ids in numbering order. */
  order: readonly string[]
  /** 1-based number of a source on this page. Throws for a source the page does not cite. */
  numberOf(id: string): number
  /** Registers one more marker for the source and returns its 1-based occurrence. */
  nextOccurrence(id: string): number
  /** How many markers cite the source on this page (from the content scan). */
  count(id: string): number
  /**
   * A page of many short answers (the FAQ): markers are named by number only and carry no anchor
   * ids, and the reference list has no back-links, to keep a page of 100+ answers light.
   */
  compact: boolean
}

/** A page's citations: ids in first-use order, and how many markers cite each. */
export interface PageCitations {
  order: readonly string[]
  counts: Readonly<Record<string, number>>
}

/** Ids in first-use order with marker counts, from every cited id in document order. */
export function pageCitations(cited: readonly string[]): PageCitations {
  const counts: Record<string, number> = {}
  for (const id of cited) counts[id] = (counts[id] ?? 0) + 1
  return { order: Object.keys(counts), counts }
}

export function createCitationScope({ order, counts }: PageCitations, prefix = '', { compact = false } = {}): CitationScope {
  const numbers = new Map(order.map((id, i) => [id, i + 1]))
  const seen = new Map<string, number>()
  return {
    prefix,
    order,
    compact,
    numberOf(id) {
      const n = numbers.get(id)
      if (n === undefined) throw new Error(`Citation "${id}" is not in this page's citation order (${prefix || 'article'}).`)
      return n
    },
    nextOccurrence(id) {
      const k = (seen.get(id) ?? 0) + 1
      seen.set(id, k)
      return k
    },
    count(id) {
      return counts[id] ?? 0
    },
  }
}

/** Anchor id of a reference list entry. */
export const refAnchor = (prefix: string, id: string) => `${prefix}ref-${id}`
/** Anchor id of the k-th marker citing a source. */
export const markerAnchor = (prefix: string, id: string, k: number) => `${prefix}cite-${id}-${k}`

/** Back-link letters like Wikipedia: a, b, …, z, aa, ab, … */
export function backlinkLetter(k: number): string {
  let n = k
  let s = ''
  while (n > 0) {
    const r = (n - 1) % 26
    s = String.fromCharCode(97 + r) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}

export interface Backlink {
  href: string
  text: string
  label: string
}

/** Back-links shown before a "more" link; the rest show when the entry is the URL's target. */
export const VISIBLE_BACKLINKS = 3

/** Back-links from a reference entry to every marker that cites it. */
export function backlinks(prefix: string, id: string, number: number, count: number, words: { backToOnly: string; backTo: string }): Backlink[] {
  if (count <= 1) {
    return [{ href: `#${markerAnchor(prefix, id, 1)}`, text: '↑', label: fill(words.backToOnly, { n: number }) }]
  }
  return Array.from({ length: count }, (_, i) => ({
    href: `#${markerAnchor(prefix, id, i + 1)}`,
    text: backlinkLetter(i + 1),
    label: fill(words.backTo, { letter: backlinkLetter(i + 1), n: number }),
  }))
}

/** Citations of several blocks shown on one page in this order (e.g. all FAQ answers). */
export function mergeCitations(blocks: readonly PageCitations[]): PageCitations {
  const counts: Record<string, number> = {}
  for (const b of blocks) for (const id of b.order) counts[id] = (counts[id] ?? 0) + (b.counts[id] ?? 0)
  return { order: Object.keys(counts), counts }
}
