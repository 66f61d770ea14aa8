/**
 * The one doorway to content. Pages, metadata routes, the search index and tests read
 * articles, FAQs, sources, disagreements, the glossary and prices only through here.
 */
import { readContent, type Content } from './load'

export type { Article, Faq, Disagreement, CitingPlace, Content } from './load'
export type { Source, GlossaryEntry, Price, ArticleFrontmatter, FaqFrontmatter } from './schema'
export { ContentValidationError } from './errors'
export * from './taxonomy'
export { readContent } from './load'
export type { Option, OptionKind, OptionField, OptionsGoal, OptionsLabels, OptionsContent } from './options'
export { OPTION_KINDS, OPTION_FIELDS, fillLabel } from './options'

let cached: Content | undefined

/** All validated content (read once per process). */
export function getContent(): Content {
  cached ??= readContent()
  return cached
}

export function getArticles() {
  return getContent().articles
}

export function getArticle(slug: string) {
  return getContent().articles.find((a) => a.slug === slug)
}

export function getFaqs() {
  return getContent().faqs
}

export function getSource(id: string) {
  return getContent().sourceById.get(id)
}

/** The article before and after this one in reading order. */
export function getNeighbours(slug: string) {
  const list = getArticles()
  const i = list.findIndex((a) => a.slug === slug)
  return { previous: i > 0 ? list[i - 1] : undefined, next: i >= 0 && i < list.length - 1 ? list[i + 1] : undefined }
}

/** FAQs that list this article as related. */
export function getRelatedFaqs(slug: string) {
  return getFaqs().filter((f) => f.related.includes(slug))
}

export { buildDate, isOverdue, currencyPages, overduePages, changeEntries } from './currency'
export type { CurrencyPage, ChangeEntry, Dated } from './currency'
export type { Person, SiteConfig } from './schema'

/** "Your options" pages, in index order. */
export function getOptionGoals() {
  return getContent().options?.goals ?? []
}

export function getOptionGoal(slug: string) {
  return getOptionGoals().find((g) => g.slug === slug)
}

/** Options pages that list this article (for the link box on the article). */
export function getOptionGoalsForArticle(slug: string) {
  return getOptionGoals().filter((g) => g.articles.includes(slug))
}
export { getSearchWords, searchWordsSchema } from './search-words'
export type { SearchWords } from './search-words'
export { getIslandText, islandTextSchema, staleIslandTexts, fileHash } from './islands'
export type { IslandText, PluralText } from './islands'
