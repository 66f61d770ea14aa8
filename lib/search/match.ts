import MiniSearch, { type Options, type SearchResult } from 'minisearch'
import { normalizeQuery, processTerm, MAX_QUERY_LENGTH } from './normalize'
import { SYNONYMS } from './synonyms'
import { WARNING_IDS, isSymptomQuery } from './warnings'

/**
 * One searchable thing. Id `how-many-sessions` is an FAQ answer; id `procedure#before-you-start`
 * is a section (h2/h3) of an article. Kind and link follow from the id, so they are not stored.
 */
export interface SearchDoc {
  id: string
  /** FAQ question or section heading. */
  title: string
  /** Article title (sections) or topic label (FAQs). */
  context: string
  /** Extra search words. */
  terms: string
  /** Indexed text (the start of an FAQ answer). */
  text: string
  /** Stored sentence shown under the result. */
  snip: string
}

type StoredDoc = Pick<SearchDoc, 'title' | 'context' | 'snip'>

export const kindOf = (id: string): 'faq' | 'section' => (id.includes('#') ? 'section' : 'faq')
export const hrefOf = (id: string): string => {
  const [slug, hash] = id.split('#')
  return hash === undefined ? `/faq/#${id}` : `/articles/${slug}/#${hash}`
}

export const SEARCH_OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'terms', 'text', 'context'],
  storeFields: ['title', 'context', 'snip'],
  processTerm: (t) => processTerm(t),
  searchOptions: {
    boost: { title: 4, terms: 2.5, context: 0.5, text: 1 },
    prefix: (term) => term.length >= 3,
    fuzzy: (term) => (term.length >= 5 ? 0.25 : term.length >= 4 ? 1 : false),
    combineWith: 'OR',
    // Lay words also find the content's own words.
    processTerm: (t) => {
      const base = normalizeQuery(t).replace(/['-]/g, '')
      const out = new Set<string>()
      for (const w of [base, ...(SYNONYMS[base] ?? [])]) {
        const p = processTerm(w)
        if (p) out.add(p)
      }
      return out.size ? [...out] : null
    },
  },
}

export function buildIndex(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
  const ms = new MiniSearch<SearchDoc>(SEARCH_OPTIONS)
  ms.addAll(docs)
  return ms
}

export function loadIndex(json: string): MiniSearch<SearchDoc> {
  return MiniSearch.loadJSON<SearchDoc>(json, SEARCH_OPTIONS)
}

export interface Hit {
  id: string
  kind: 'faq' | 'section'
  title: string
  context: string
  href: string
  snippet: string
  /** Query words that matched (normalised), for highlighting. */
  matched: string[]
  score: number
}

const toHit = (id: string, doc: StoredDoc, matched: string[], score: number): Hit => ({
  id,
  kind: kindOf(id),
  title: doc.title,
  context: doc.context,
  href: hrefOf(id),
  snippet: doc.snip,
  matched,
  score,
})

/**
 * Ranked hits for a raw query (any text). Never throws on odd input. A symptom query ("red hot
 * lump") lists the warning answers first, even when their words do not match (lib/search/warnings).
 */
export function search(index: MiniSearch<SearchDoc>, raw: string, opts: { kind?: Hit['kind']; limit?: number } = {}): Hit[] {
  const q = normalizeQuery(typeof raw === 'string' ? raw.slice(0, MAX_QUERY_LENGTH * 2) : '')
  if (!q) return []
  let results: SearchResult[]
  try {
    results = index.search(q, opts.kind ? { filter: (r) => kindOf(String(r.id)) === opts.kind } : {})
  } catch {
    return []
  }
  let hits = results.map((r) => toHit(String(r.id), r as unknown as StoredDoc, Object.keys(r.match), r.score))
  if (isSymptomQuery(q)) {
    const first: Hit[] = []
    for (const id of WARNING_IDS) {
      if (opts.kind && kindOf(id) !== opts.kind) continue
      const found = hits.find((h) => h.id === id)
      const stored = found ? undefined : (index.getStoredFields(id) as StoredDoc | undefined)
      if (found) first.push(found)
      else if (stored) first.push(toHit(id, stored, [], 0))
    }
    hits = [...first, ...hits.filter((h) => !first.includes(h))]
  }
  return hits.slice(0, opts.limit ?? 20)
}

export interface Part {
  text: string
  mark: boolean
}

/** Splits text into parts, marking words that start with a matched term (for <mark>). */
export function highlight(text: string, matched: readonly string[]): Part[] {
  if (!matched.length) return [{ text, mark: false }]
  const parts: Part[] = []
  const re = /[\p{L}\p{N}]+/gu
  let last = 0
  for (const m of text.matchAll(re)) {
    const word = m[0]
    const norm = word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    const hit = matched.some((t) => t.length >= 2 && (norm.startsWith(t) || (t.length >= 4 && norm.startsWith(t.slice(0, -1)))))
    if (!hit) continue
    const start = m.index ?? 0
    if (start > last) parts.push({ text: text.slice(last, start), mark: false })
    parts.push({ text: word, mark: true })
    last = start + word.length
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false })
  return parts
}
