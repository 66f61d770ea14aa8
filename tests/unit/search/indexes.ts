/** Builds a language's search indexes the way the build does: documents → index file text → loadIndex. */
import fs from 'node:fs'
import path from 'node:path'
import matter from 'gray-matter'
import YAML from 'yaml'
import { getContent, type Content, type Faq } from '@/lib/content'
import { getLocale, readLocales } from '@/lib/content/locales'
import { indexJson, loadIndex } from '@/lib/search/match'
import { keyOf, localeSearch } from '@/lib/search/documents'

const contentOf = getContent as (locale?: string) => Content

/**
 * Until the loader reads a language's own content, the French FAQ answers are read here from
 * content/fr/faq/*.mdx (slug, question, terms and body; the key is the file name).
 */
function fallback(code: string, english: Content): Content {
  const content = contentOf(code)
  if (code === readLocales()[0]!.code || content !== english) return content
  const dir = path.join(process.cwd(), 'content', getLocale(code).dir, 'faq')
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')) : []
  const faqs = files.map((f) => {
    const { data, content: body } = matter(fs.readFileSync(path.join(dir, f), 'utf8'), { engines: { yaml: (t: string) => (YAML.parse(t) ?? {}) as object } })
    const key = f.replace(/\.mdx$/, '')
    const en = english.faqs.find((x) => x.slug === key)
    return { ...en, ...(data as object), key, body } as unknown as Faq
  })
  return { ...english, faqs, articles: [] }
}

export function localeIndexes(code: string) {
  const english = contentOf(readLocales()[0]!.code)
  const content = fallback(code, english)
  const { lang, sets } = localeSearch(getLocale(code), content, english)
  return { content, lang, sets, faq: loadIndex(indexJson(sets.faq, lang)), site: loadIndex(indexJson(sets.site, lang)), keyOf }
}
