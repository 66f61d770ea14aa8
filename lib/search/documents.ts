import GithubSlugger from 'github-slugger'
import { FAQ_TOPIC_LABELS, getSearchWords, type Content, type SearchWords } from '@/lib/content'
import { headingText } from '@/lib/content/mdx-scan'
import type { SearchDoc } from './match'
import { normalizeQuery, type SearchLang } from './normalize'
import { answerText, sectionsOf } from './text'
import { WARNING_KEYS } from './warnings'

const firstWords = (text: string, n: number) => text.split(' ').slice(0, n).join(' ')
const firstSentence = (text: string) => {
  const s = text.split(/(?<=[.!?])\s+/)[0] ?? ''
  return s.length > 160 ? `${s.slice(0, 157)}…` : s
}

/** The id both languages share (the English file name); the slug until the loader gives a key. */
export const keyOf = (x: { slug: string; key?: string }): string => x.key ?? x.slug

/**
 * How much answer text each index holds. The FAQ page's index keeps more of each answer; the
 * site-wide index adds every article section (by heading) and keeps less, so both stay small.
 */
export const INDEX_WORDS = { faq: 38, site: 0 } as const

type TopicLabels = (topic: Content['faqs'][number]['topic']) => string
const englishTopics: TopicLabels = (t) => FAQ_TOPIC_LABELS[t]

export function faqDocuments(content: Content, words: number, topic: TopicLabels = englishTopics): SearchDoc[] {
  return content.faqs.map((f) => {
    const text = answerText(f)
    return {
      id: f.slug,
      title: f.question,
      context: topic(f.topic),
      terms: (f.terms ?? []).join(' '),
      text: firstWords(text, words),
      snip: firstSentence(text),
    }
  })
}

/** Article sections, id "<article slug>#<heading anchor>", in order. */
export function sectionDocuments(content: Content): SearchDoc[] {
  const docs: SearchDoc[] = []
  for (const a of content.articles) {
    const slugger = new GithubSlugger()
    for (const s of sectionsOf(a.body)) {
      const title = headingText(s.heading)
      docs.push({ id: `${a.slug}#${slugger.slug(title)}`, title, context: a.title, terms: '', text: '', snip: '' })
    }
  }
  return docs
}

/**
 * The two indexes: FAQ answers (the FAQ page) and FAQ answers plus article sections (the header).
 * The header's results show titles only (no snippet sentence), which keeps its index about 2 KB
 * smaller, so header search code + index on first use stay under 30 KB gzip.
 */
export function searchDocuments(content: Content, topic?: TopicLabels) {
  return {
    faq: faqDocuments(content, INDEX_WORDS.faq, topic),
    site: [...faqDocuments(content, INDEX_WORDS.site, topic).map((d) => ({ ...d, snip: '' })), ...sectionDocuments(content)],
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
    const en = sectionDocuments({ ...english, articles: english.articles.filter((a) => keyOf(a) === key) })
    const here = sectionDocuments({ ...content, articles: content.articles.filter((a) => keyOf(a) === key) })
    const i = en.findIndex((d) => d.id.endsWith(`#${anchor}`))
    const match = i >= 0 && here.length === en.length ? here[i] : undefined
    if (match) out.push(match.id)
  }
  return out
}

/** The language rules stored in a locale's index files, from its search.yaml. */
export function searchLang(words: SearchWords, prefix: string, warnings: string[]): SearchLang {
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
  }
}

/** Everything a locale's search needs from its content: the two document sets and its rules. */
export function localeSearch(locale: { code: string; prefix: string }, content: Content, english: Content, topic?: TopicLabels) {
  const lang = searchLang(getSearchWords(locale.code), locale.prefix, warningIds(content, english))
  return { lang, sets: searchDocuments(content, topic) }
}
