import GithubSlugger from 'github-slugger'
import { FAQ_TOPIC_LABELS, type Content } from '@/lib/content'
import { headingText } from '@/lib/content/mdx-scan'
import type { SearchDoc } from './match'
import { answerText, sectionsOf } from './text'

const firstWords = (text: string, n: number) => text.split(' ').slice(0, n).join(' ')
const firstSentence = (text: string) => {
  const s = text.split(/(?<=[.!?])\s+/)[0] ?? ''
  return s.length > 160 ? `${s.slice(0, 157)}…` : s
}

/**
 * How much answer text each index holds. The FAQ page's index keeps more of each answer; the
 * site-wide index adds every article section (by heading) and keeps less, so both stay small.
 */
export const INDEX_WORDS = { faq: 38, site: 0 } as const

export function faqDocuments(content: Content, words: number): SearchDoc[] {
  return content.faqs.map((f) => {
    const text = answerText(f)
    return {
      id: f.slug,
      title: f.question,
      context: FAQ_TOPIC_LABELS[f.topic],
      terms: (f.terms ?? []).join(' '),
      text: firstWords(text, words),
      snip: firstSentence(text),
    }
  })
}

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
export function searchDocuments(content: Content) {
  return {
    faq: faqDocuments(content, INDEX_WORDS.faq),
    site: [...faqDocuments(content, INDEX_WORDS.site).map((d) => ({ ...d, snip: '' })), ...sectionDocuments(content)],
  }
}
