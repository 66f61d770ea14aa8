/**
 * Addresses across languages. Content links to pages by their default-language (English) site path;
 * localizeHref turns such a path into the same page in another language (its slug, and for article
 * sections the heading in the same position). translatePath does the same between any two languages,
 * for the language switch and hreflang alternates. A page with no counterpart gives undefined.
 */
import { readContent, type Content } from './load'
import { defaultLocale, getLocale, readLocales } from './locales'

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i

function contentOf(code: string): Content {
  return readContent(undefined, code)
}

/** The heading id in `to` at the position `id` has in `from` (translations keep headings one for one). */
function mapHeading(from: { headings: { id: string }[] }, to: { headings: { id: string }[] }, id: string): string {
  const i = from.headings.findIndex((h) => h.id === id)
  return i >= 0 && to.headings[i] ? to.headings[i].id : id
}

/** The same place in another language, or undefined when that language has no such page. */
export function translatePath(href: string, fromCode: string, toCode: string): string | undefined {
  if (EXTERNAL.test(href) || !href.startsWith('/')) return href
  const from = getLocale(fromCode)
  const to = getLocale(toCode)
  if (from.prefix && !(href === from.prefix || href.startsWith(`${from.prefix}/`))) return undefined
  const rest = from.prefix ? href.slice(from.prefix.length) || '/' : href
  const hashAt = rest.indexOf('#')
  const pathAndQuery = hashAt >= 0 ? rest.slice(0, hashAt) : rest
  const hash = hashAt >= 0 ? rest.slice(hashAt + 1) : ''
  const frag = (h: string) => (h ? `#${h}` : '')
  if (fromCode === toCode) return href
  const a = contentOf(fromCode)
  const b = contentOf(toCode)

  const article = /^\/articles\/([^/?#]+)\/$/.exec(pathAndQuery)
  if (article) {
    const src = a.articles.find((x) => x.slug === article[1])
    const dst = src && b.articles.find((x) => x.key === src.key)
    if (!src || !dst) return undefined
    return `${dst.href}${frag(hash && mapHeading(src, dst, hash))}`
  }
  const goal = /^\/options\/([^/?#]+)\/$/.exec(pathAndQuery)
  if (goal) {
    const src = a.options?.goals.find((x) => x.slug === goal[1])
    const dst = src && b.options?.goals.find((x) => x.key === src.key)
    if (!src || !dst) return undefined
    return `${dst.href}${frag(hash)}`
  }
  if (/^\/faq\/(\?.*)?$/.test(pathAndQuery) && hash) {
    const src = a.faqs.find((x) => x.slug === hash)
    const dst = src && b.faqs.find((x) => x.key === src.key)
    if (src && !dst) return undefined
    return `${to.prefix}${pathAndQuery}${frag(dst ? dst.slug : hash)}`
  }
  return `${to.prefix}${pathAndQuery}${frag(hash)}`
}

/**
 * A link written in content (an English site path) as it should appear on a page in `code`. A page
 * not yet translated keeps its English address, so the link still works.
 */
export function localizeHref(code: string, href: string): string {
  const base = defaultLocale().code
  if (code === base) return href
  return translatePath(href, base, code) ?? href
}

/** For a page path in one language: the same page in every language that has it (hreflang, the switch). */
export function alternatesOf(path: string, fromCode: string): { code: string; lang: string; name: string; href: string }[] {
  return readLocales().flatMap((l) => {
    const href = translatePath(path, fromCode, l.code)
    return href ? [{ code: l.code, lang: l.lang, name: l.name, href }] : []
  })
}
