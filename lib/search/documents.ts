import GithubSlugger from 'github-slugger'
import { getSearchWords, type Content, type SearchWords } from '@/lib/content'
import { headingText } from '@/lib/content/mdx-scan'
import type { SearchDoc } from './match'
import { anchorOf, normalizeQuery, type SearchLang } from './normalize'
import { answerText, sectionsOf } from './text'
import { WARNING_KEYS } from './warnings'

const firstWords = (text: string, n: number) => text.split(' ').slice(0, n).join(' ')
const firstSentence = (text: string) => {
  const s = text.split(/(?<=[.!?])\s+/)[0] ?? ''
  return s.length > 160 ? `${s.slice(0, 157)}…` : s
}

/** The id all languages share (the English file name). */
export const keyOf = (x: { key: string }): string => x.key

/**
 * How much answer text each index holds. The FAQ page's index keeps more of each answer; the
 * site-wide index adds every article section (by heading) and keeps less, so both stay small.
 */
export const INDEX_WORDS = { faq: 38, site: 0 } as const

export function faqDocuments(content: Content, words: number): SearchDoc[] {
  return content.faqs.map((f) => {
    const text = answerText(f)
    const context = content.ui.faqTopics[f.topic]
    return {
      id: f.slug,
      title: f.question,
      context,
      c: context,
      terms: (f.terms ?? []).join(' '),
      text: firstWords(text, words),
      snip: words ? firstSentence(text) : undefined,
    }
  })
}

/**
 * Article sections, id "<article number>#<section number>" (articles as listed by
 * articleTable), with the heading anchor the page uses (stored only if anchorOf(title) differs).
 */
export function sectionDocuments(content: Content): (SearchDoc & { anchor: string; article: string })[] {
  const docs: (SearchDoc & { anchor: string; article: string })[] = []
  content.articles.forEach((a, i) => {
    const slugger = new GithubSlugger()
    sectionsOf(a.body).forEach((s, j) => {
      const title = headingText(s.heading)
      const anchor = slugger.slug(title)
      docs.push({ id: `${i}#${j}`, title, context: a.title, terms: '', text: '', a: anchor === anchorOf(title) ? undefined : anchor, anchor, article: keyOf(a) })
    })
  })
  return docs
}

/** [slug, title] of each article, in the order section ids number them. */
export const articleTable = (content: Content): [string, string][] => content.articles.map((a) => [a.slug, a.title])

/**
 * The two indexes: FAQ answers (the FAQ page) and FAQ answers plus article sections (the header).
 * The header's results show titles only (no snippet sentence), which keeps its index about 2 KB
 * smaller, so header search code + index on first use stay under 30 KB gzip.
 */
export function searchDocuments(content: Content) {
  return {
    faq: faqDocuments(content, INDEX_WORDS.faq),
    site: [...faqDocuments(content, INDEX_WORDS.site), ...sectionDocuments(content).map((d): SearchDoc => ({ id: d.id, title: d.title, context: d.context, terms: '', text: '', a: d.a }))],
  }
}

/**
 * The ids a symptom search pins, in this language: FAQ keys become the locale's slugs; an article
 * section "<key>#<English anchor>" becomes the section at the same place in the locale's article.
 * Missing ones (not translated yet) are left out.
 */
export function warningIds(content: Content, english: Content): string[] {
  const out: string[] = []
  for (const w of WARNING_KEYS) {
    const [key, anchor] = w.split('#') as [string, string | undefined]
    if (anchor === undefined) {
      const f = content.faqs.find((x) => keyOf(x) === key)
      if (f) out.push(f.slug)
      continue
    }
    const en = sectionDocuments(english).filter((d) => d.article === key)
    const here = sectionDocuments(content).filter((d) => d.article === key)
    const i = en.findIndex((d) => d.anchor === anchor)
    const match = i >= 0 && here.length === en.length ? here[i] : undefined
    if (match) out.push(match.id)
  }
  return out
}

/** The language rules stored in a locale's index files, from its search.yaml. */
export function searchLang(words: SearchWords, prefix: string, warnings: string[], articles: [string, string][] = []): SearchLang {
  const norm = (w: string) => normalizeQuery(w)
  const synonyms: Record<string, string[]> = {}
  for (const [k, v] of Object.entries(words.synonyms)) synonyms[norm(k)] = [...new Set(v.map(norm))]
  return {
    prefix,
    stemmer: words.stemmer,
    stop: [...new Set(words.stopWords.map(norm))],
    synonyms,
    alarm: words.symptoms.alarm.map(norm),
    symptom: words.symptoms.together.map(norm),
    warnings,
    articles,
  }
}

/**
 * Everything a locale's search needs from its content: the two document sets and the rules of
 * each (the FAQ index holds no sections, so its rules list no articles).
 */
export function localeSearch(locale: { code: string; prefix: string }, content: Content, english: Content) {
  const site = searchLang(getSearchWords(locale.code), locale.prefix, warningIds(content, english), articleTable(content))
  const faq: SearchLang = { ...site, articles: [], warnings: site.warnings.filter((id) => !id.includes('#')) }
  return { langs: { faq, site }, sets: searchDocuments(content) }
}
