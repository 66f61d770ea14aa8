/**
 * How words are folded for search, in any language. The language's own word lists (stop words,
 * synonyms, symptom words) come from content/<dir>/search.yaml and travel inside the index file,
 * so the browser folds a query exactly as the build folded the text.
 */
export const MAX_QUERY_LENGTH = 200

/** The language rules one index was built with (stored in the index file). */
export interface SearchLang {
  /** URL prefix of the locale: "" (default language) or "/fr". */
  prefix: string
  /** Which light stemmer folds endings ("none" for a language without one). */
  stemmer: 'en' | 'fr' | 'none'
  /** Normalised words never indexed nor searched (including elided articles: l, d, qu…). */
  stop: string[]
  /** Normalised lay word or phrase → words the content uses. */
  synonyms: Record<string, string[]>
  /** Normalised words that on their own point to a complication. */
  alarm: string[]
  /** Normalised words that point to a complication when two come together. */
  symptom: string[]
  /** Ids in this index listed first for a symptom query, most useful first. */
  warnings: string[]
  /**
   * Articles whose sections this index holds, as [slug, title]: a section's id is
   * "<article number>#<section number>", so long slugs and titles are stored once.
   */
  articles: [string, string][]
}

/** The heading anchor the pages use (github-slugger's rule); the build checks it and stores any exception. */
export function anchorOf(heading: string): string {
  return heading.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-')
}

/** Lowercase, strip accents (é → e, œ → oe) and punctuation, collapse spaces; caps the length. */
export function normalizeQuery(raw: string): string {
  return raw
    .slice(0, MAX_QUERY_LENGTH * 2)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’ʼ‘]/g, "'")
    .replace(/[^\p{L}\p{N}\s'-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
}

/** English: plurals and common verb endings, so "injections" finds "injection". */
function stemEn(t: string): string {
  if (t.length <= 4) return t
  if (t.endsWith('ies')) return `${t.slice(0, -3)}y`
  if (t.endsWith('sses')) return t.slice(0, -2)
  if (t.endsWith('ing') && t.length > 6) return t.slice(0, -3)
  if (t.endsWith('ed') && t.length > 5) return t.slice(0, -2)
  if (t.endsWith('s') && !t.endsWith('ss') && !t.endsWith('us') && !t.endsWith('is')) return t.slice(0, -1)
  return t
}

/**
 * French: plural, feminine and common verb endings, so "gonflée", "gonflés", "gonfler" and
 * "gonflement" meet, and "douloureux" meets "douloureuse". Accents are already stripped.
 */
function stemFr(t: string): string {
  if (t.length <= 4) return t
  let s = t
  if (s.endsWith('aux') && s.length > 5) s = `${s.slice(0, -3)}al`
  else if (/[^s][sx]$/.test(s)) s = s.slice(0, -1)
  if (s.endsWith('ment') && s.length > 7) s = s.slice(0, -4)
  else if (/(er|ez)$/.test(s) && s.length > 5) s = s.slice(0, -2)
  while (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1)
  if (s.endsWith('eus')) s = s.slice(0, -1)
  return s
}

const STEMMERS: Record<SearchLang['stemmer'], (t: string) => string> = { en: stemEn, fr: stemFr, none: (t) => t }

export interface Words {
  /** One token as indexed: normalised, endings folded; null for a stop word. */
  term: (token: string) => string | null
  stem: (token: string) => string
}

/** The term folding of one language. */
export function wordsOf(lang: Pick<SearchLang, 'stemmer' | 'stop'>): Words {
  const stop = new Set(lang.stop)
  const stem = STEMMERS[lang.stemmer]
  return {
    stem,
    term: (token) => {
      const t = normalizeQuery(token).replace(/['-]/g, '')
      if (!t || stop.has(t)) return null
      return stem(t)
    },
  }
}
