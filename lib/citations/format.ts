import { fill, type UiText } from '@/lib/content/ui'
import type { Source } from '@/lib/content'

/** "Rotunda AM, Kolodney MS" — at most three names, then "et al." */
export function formatAuthors(authors: readonly string[] | undefined): string {
  if (!authors?.length) return ''
  return authors.length > 3 ? `${authors.slice(0, 3).join(', ')}, et al.` : authors.join(', ')
}

/** "2006;32(4):465-480" — the parts the registry has. */
export function formatLocator(s: Source): string {
  let out = s.year ? String(s.year) : ''
  if (s.volume) out += `${out ? ';' : ''}${s.volume}`
  if (s.issue) out += `(${s.issue})`
  if (s.pages) out += `${s.volume || s.issue ? ':' : out ? ', pp. ' : 'pp. '}${s.pages}`
  return out
}

/** Ends a part of a reference with a full stop, unless it already ends with . ? or ! ("et al.", "…injectables?"). */
export function withStop(part: string): string {
  const t = part.trimEnd()
  return /[.?!]["'”’)]?$/.test(t) ? t : `${t}.`
}

/** Plain-text citation, for accessible names and structured data. */
export function citationText(s: Source): string {
  return [formatAuthors(s.authors), s.title, s.container, formatLocator(s)]
    .filter((p): p is string => Boolean(p))
    .map(withStop)
    .join(' ')
    .replace(/\.$/, '')
}

/** Titles this short say little on their own ("Mesotherapy"), so names add where it appeared. */
const SHORT_TITLE_WORDS = 3

/**
 * A source's name for markers and short lists: its title, plus container and year when the title
 * alone is too short to tell two sources apart ("Mesotherapy (e-lactancia.org, 2019)").
 */
export function sourceShortName(s: Source): string {
  const words = s.title.trim().split(/\s+/).length
  if (words > SHORT_TITLE_WORDS) return s.title
  const where = [s.container, s.year ? String(s.year) : ''].filter(Boolean).join(', ')
  return where ? `${s.title} (${where})` : s.title
}

export const doiUrl = (doi: string) => `https://doi.org/${doi}`
export const pubmedUrl = (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`

/** Outbound links for a source: DOI, PubMed and the address that was read. */
export function sourceLinks(s: Source, w: UiText['citations']): { href: string; text: string; label: string }[] {
  const links: { href: string; text: string; label: string }[] = []
  if (s.doi) links.push({ href: doiUrl(s.doi), text: fill(w.doi, { doi: s.doi }), label: fill(w.doi, { doi: s.doi }) })
  if (s.pmid) links.push({ href: pubmedUrl(s.pmid), text: fill(w.pubmed, { pmid: s.pmid }), label: fill(w.pubmedLabel, { pmid: s.pmid }) })
  if (s.url && !(s.doi && s.url.includes(s.doi))) {
    let host = s.url
    try {
      host = new URL(s.url).hostname.replace(/^www\./, '')
    } catch {
      /* validated at load time */
    }
    links.push({ href: s.url, text: fill(w.readAt, { host }), label: fill(w.readAtLabel, { host }) })
  }
  return links
}
