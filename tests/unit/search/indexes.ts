/** Builds a language's search indexes the way the build does: documents → index file text → loadIndex. */
import { getContent, getLocale, readLocales } from '@/lib/content'
import { indexJson, loadIndex } from '@/lib/search/match'
import { keyOf, localeSearch } from '@/lib/search/documents'

export function localeIndexes(code: string) {
  const english = getContent(readLocales()[0]!.code)
  const content = getContent(code)
  const { langs, sets } = localeSearch(getLocale(code), content, english)
  return { content, langs, lang: langs.site, sets, faq: loadIndex(indexJson(sets.faq, langs.faq)), site: loadIndex(indexJson(sets.site, langs.site)), keyOf }
}
