import MiniSearch, { type Options, type SearchResult } from 'minisearch'
import { anchorOf, normalizeQuery, wordsOf, MAX_QUERY_LENGTH, type SearchLang, type Words } from './normalize'
import { isSymptomQuery } from './warnings'

/**
 * One searchable thing. Id `how-many-sessions` is an FAQ answer (the locale's slug); id `3#7` is
 * the 8th section (h2/h3) of the 4th article in `lang.articles`. Kind and link follow from the id,
 * the stored title and the language rules, so they are not stored.
 */
export interface SearchDoc {
  id: string
  /** FAQ question or section heading. */
  title: string
  /** Article title (sections) or topic label (FAQs): indexed. */
  context: string
  /** Stored topic label of an FAQ (a section's article title is in lang.articles). */
  c?: string
  /** Extra search words. */
  terms: string
  /** Indexed text (the start of an FAQ answer). */
  text: string
  /** Stored sentence shown under the result (FAQ index only). */
  snip?: string
  /** A section's anchor, stored only when it is not anchorOf(title). */
  a?: string
}

type StoredDoc = Pick<SearchDoc, 'title' | 'c' | 'snip' | 'a'>

/** A loaded index with the language rules it was built with. */
export interface SearchIndex {
  ms: MiniSearch<SearchDoc>
  lang: SearchLang
  words: Words
  /** Multi-word synonym keys ("peau d orange"), matched in the whole query. */
  phrases: [string, string[]][]
}

export const kindOf = (id: string): 'faq' | 'section' => (id.includes('#') ? 'section' : 'faq')

/** Where a hit leads, and the article title of a section. */
export function placeOf(id: string, doc: StoredDoc, lang: Pick<SearchLang, 'prefix' | 'articles'>): { href: string; context: string } {
  if (kindOf(id) === 'faq') return { href: `${lang.prefix}/faq/#${id}`, context: doc.c ?? '' }
  const [slug, title] = lang.articles[Number(id.split('#')[0])] ?? ['', '']
  return { href: `${lang.prefix}/articles/${slug}/#${doc.a ?? anchorOf(doc.title)}`, context: title }
}

const spaced = (s: string) => s.replace(/['-]+/g, ' ').replace(/\s+/g, ' ').trim()

export function searchOptions(lang: SearchLang, words: Words = wordsOf(lang)): Options<SearchDoc> {
  return {
    fields: ['title', 'terms', 'text', 'context'],
    storeFields: ['title', 'c', 'snip', 'a'],
    processTerm: (t) => words.term(t),
    searchOptions: {
      boost: { title: 4, terms: 2.5, context: 0.5, text: 1 },
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 0.25 : term.length >= 4 ? 1 : false),
      combineWith: 'OR',
      // Lay words also find the content's own words.
      processTerm: (t) => {
        const base = normalizeQuery(t).replace(/['-]/g, '')
        const out = new Set<string>()
        for (const w of [base, ...(lang.synonyms[base] ?? [])]) {
          const p = words.term(w)
          if (p) out.add(p)
        }
        return out.size ? [...out] : null
      },
    },
  }
}

/** The index file's text: the language rules and the MiniSearch index (written by the build). */
export function indexJson(docs: readonly SearchDoc[], lang: SearchLang): string {
  const ms = new MiniSearch<SearchDoc>(searchOptions(lang))
  ms.addAll(docs)
  return JSON.stringify({ lang, index: ms })
}

export function loadIndex(json: string): SearchIndex {
  const { lang, index } = JSON.parse(json) as { lang: SearchLang; index: Parameters<typeof MiniSearch.loadJS>[0] }
  const words = wordsOf(lang)
  const phrases = Object.entries(lang.synonyms)
    .filter(([k]) => /[\s'-]/.test(k))
    .map(([k, v]): [string, string[]] => [spaced(k), v])
  return { ms: MiniSearch.loadJS<SearchDoc>(index, searchOptions(lang, words)), lang, words, phrases }
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

const toHit = (id: string, doc: StoredDoc, matched: string[], score: number, lang: SearchLang): Hit => ({
  id,
  kind: kindOf(id),
  title: doc.title,
  ...placeOf(id, doc, lang),
  snippet: doc.snip ?? '',
  matched,
  score,
})

/** The query with the words of any multi-word synonym it contains ("peau d'orange" → + cellulite). */
function withPhrases(q: string, phrases: SearchIndex['phrases']): string {
  if (!phrases.length) return q
  const padded = ` ${spaced(q)} `
  const extra = phrases.filter(([k]) => padded.includes(` ${k} `)).flatMap(([, v]) => v)
  return extra.length ? `${q} ${extra.join(' ')}` : q
}

/**
 * Ranked hits for a raw query (any text). Never throws on odd input. A symptom query ("red hot
 * lump") lists the warning answers first, even when their words do not match (lib/search/warnings).
 */
export function search(index: SearchIndex, raw: string, opts: { kind?: Hit['kind']; limit?: number } = {}): Hit[] {
  const q = normalizeQuery(typeof raw === 'string' ? raw.slice(0, MAX_QUERY_LENGTH * 2) : '')
  if (!q) return []
  const lang = index.lang
  let results: SearchResult[]
  try {
    results = index.ms.search(withPhrases(q, index.phrases), opts.kind ? { filter: (r) => kindOf(String(r.id)) === opts.kind } : {})
  } catch {
    return []
  }
  let hits = results.map((r) => toHit(String(r.id), r as unknown as StoredDoc, Object.keys(r.match), r.score, lang))
  if (isSymptomQuery(q, index.lang, index.words)) {
    const first: Hit[] = []
    for (const id of index.lang.warnings) {
      if (opts.kind && kindOf(id) !== opts.kind) continue
      const found = hits.find((h) => h.id === id)
      const stored = found ? undefined : (index.ms.getStoredFields(id) as StoredDoc | undefined)
      if (found) first.push(found)
      else if (stored) first.push(toHit(id, stored, [], 0, lang))
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
    const norm = normalizeQuery(word)
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
