/**
 * The one doorway to content. Pages, metadata routes, the search index and tests read
 * articles, FAQs, sources, disagreements, the glossary, prices and the words of the interface only through here.
 * Every getter takes the language code last (default: the default language).
 */
import { readContent, type Content } from './load'
import { defaultLocale } from './locales'

export type { Article, Faq, Disagreement, CitingPlace, Content } from './load'
export type { Source, GlossaryEntry, Price, ArticleFrontmatter, FaqFrontmatter } from './schema'
export { ContentValidationError } from './errors'
export * from './taxonomy'
export { readContent } from './load'
export type { Option, OptionKind, OptionField, OptionsGoal, OptionsLabels, OptionsContent } from './options'
export { OPTION_KINDS, OPTION_FIELDS, fillLabel } from './options'
export { readLocales, getLocale, defaultLocale, localeOfPath, withPrefix, type Locale } from './locales'
export type { TranslationRecord } from './translation'

/** The default language's code. */
export const defaultLocaleCode = () => defaultLocale().code

/** All validated content of one language (read once per process). */
export function getContent(locale: string = defaultLocaleCode()): Content {
  return readContent(undefined, locale)
}

export function getArticles(locale?: string) {
  return getContent(locale).articles
}

/** The article with this URL slug in this language. */
export function getArticle(slug: string, locale?: string) {
  return getContent(locale).articles.find((a) => a.slug === slug)
}

/** The article with this key (English file name) in this language. */
export function getArticleByKey(key: string, locale?: string) {
  return getContent(locale).articles.find((a) => a.key === key)
}

export function getFaqs(locale?: string) {
  return getContent(locale).faqs
}

export function getSource(id: string) {
  return getContent().sourceById.get(id)
}

/** The article before and after this one (by key) in reading order. */
export function getNeighbours(key: string, locale?: string) {
  const list = getArticles(locale)
  const i = list.findIndex((a) => a.key === key)
  return { previous: i > 0 ? list[i - 1] : undefined, next: i >= 0 && i < list.length - 1 ? list[i + 1] : undefined }
}

/** FAQs that list this article (by key) as related. */
export function getRelatedFaqs(key: string, locale?: string) {
  return getFaqs(locale).filter((f) => f.related.includes(key))
}

export { buildDate, isOverdue, currencyPages, overduePages, changeEntries } from './currency'
export type { CurrencyPage, ChangeEntry, Dated } from './currency'
export type { Person, SiteConfig } from './schema'

/** "Your options" pages, in index order. */
export function getOptionGoals(locale?: string) {
  return getContent(locale).options?.goals ?? []
}

export function getOptionGoal(slug: string, locale?: string) {
  return getOptionGoals(locale).find((g) => g.slug === slug)
}

/** Options pages that list this article (by key) (for the link box on the article). */
export function getOptionGoalsForArticle(key: string, locale?: string) {
  return getOptionGoals(locale).filter((g) => g.articles.includes(key))
}
export { getSearchWords, searchWordsSchema } from './search-words'
export type { SearchWords } from './search-words'
export { getIslandText, islandTextSchema, staleIslandTexts } from './islands'
export type { IslandText, PluralText } from './islands'

export { getTools, type ToolsText, type ToolPoint, type ChecklistItem, type CostEstimatorText } from './tools'
export { getDiagrams, type DiagramsText } from './diagrams'
export { getAboutPages, type AboutPagesText } from './pages'
