/** Lowercase, strip accents and punctuation, collapse spaces; caps length so huge input stays cheap. */
export const MAX_QUERY_LENGTH = 200

export function normalizeQuery(raw: string): string {
  return raw
    .slice(0, MAX_QUERY_LENGTH * 2)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
}

const STOP = new Set(
  'a an and are as at be but by can could did do does for from get had has have how i if in into is it its me my of on or should so than that the their them then there these they this to was we were what when where which who why will with would you your after before about'.split(
    ' ',
  ),
)

/** One token as indexed: normalised, simple English endings folded; stop words dropped. */
export function processTerm(term: string): string | null {
  const t = normalizeQuery(term).replace(/['-]/g, '')
  if (!t || STOP.has(t)) return null
  return stem(t)
}

/** A light stemmer: plural and common verb endings, so "injections" finds "injection". */
export function stem(t: string): string {
  if (t.length <= 4) return t
  if (t.endsWith('ies')) return `${t.slice(0, -3)}y`
  if (t.endsWith('sses')) return t.slice(0, -2)
  if (t.endsWith('ing') && t.length > 6) return t.slice(0, -3)
  if (t.endsWith('ed') && t.length > 5) return t.slice(0, -2)
  if (t.endsWith('s') && !t.endsWith('ss') && !t.endsWith('us') && !t.endsWith('is')) return t.slice(0, -1)
  return t
}
