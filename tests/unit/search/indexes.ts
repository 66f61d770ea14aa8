/** Builds a language's search indexes the way the build does: documents → index file text → loadIndex. */
import fs from 'node:fs'
import path from 'node:path'
import matter from 'gray-matter'
import YAML from 'yaml'
import { getContent, type Article, type Content, type Faq } from '@/lib/content'
import { getLocale, readLocales } from '@/lib/content/locales'
import { indexJson, loadIndex } from '@/lib/search/match'
import { keyOf, localeSearch } from '@/lib/search/documents'

const contentOf = getContent as (locale?: string) => Content

/**
 * Until the loader reads a language's own content, its FAQ answers and articles are read here
 * from content/<dir>/{faq,articles}/*.mdx (frontmatter and body; the key is the file name).
 */
function fallback(code: string, english: Content): Content {
  const content = contentOf(code)
  if (code === readLocales()[0]!.code || content !== english) return content
  const read = <T extends { slug: string }>(folder: string, list: T[]): T[] => {
    const dir = path.join(process.cwd(), 'content', getLocale(code).dir, folder)
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')) : []
    return files.flatMap((f) => {
      const { data, content: body } = matter(fs.readFileSync(path.join(dir, f), 'utf8'), { engines: { yaml: (t: string) => (YAML.parse(t) ?? {}) as object } })
      const key = f.replace(/\.mdx$/, '')
      const en = list.find((x) => x.slug === key)
      return en ? [{ ...en, ...(data as object), key, body } as T] : []
    })
  }
  return { ...english, faqs: read<Faq>('faq', english.faqs), articles: read<Article>('articles', english.articles) }
}

export function localeIndexes(code: string) {
  const english = contentOf(readLocales()[0]!.code)
  const content = fallback(code, english)
  const { langs, sets } = localeSearch(getLocale(code), content, english)
  return { content, langs, lang: langs.site, sets, faq: loadIndex(indexJson(sets.faq, langs.faq)), site: loadIndex(indexJson(sets.site, langs.site)), keyOf }
}
