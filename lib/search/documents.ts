import GithubSlugger from 'github-slugger'
import { FAQ_TOPIC_LABELS, type Content } from '@/lib/content'
import { headingText } from '@/lib/content/mdx-scan'
import type { SearchDoc } from './match'
import { answerText, sectionsOf } from './text'

/** Search documents from validated content: every FAQ answer and every article h2/h3 section. */
export function searchDocuments(content: Content): SearchDoc[] {
  const docs: SearchDoc[] = content.faqs.map((f) => ({
    id: `faq:${f.slug}`,
    kind: 'faq',
    title: f.question,
    context: FAQ_TOPIC_LABELS[f.topic],
    href: f.href,
    terms: (f.terms ?? []).join(' '),
    text: answerText(f),
  }))
  for (const a of content.articles) {
    const slugger = new GithubSlugger()
    for (const s of sectionsOf(a.body)) {
      const title = headingText(s.heading)
      const id = slugger.slug(title)
      // Sections are found by heading and a short lead, which keeps the index small.
      const lead = s.text.split(/(?<=[.!?])\s+/).slice(0, 2).join(' ')
      docs.push({ id: `section:${a.slug}#${id}`, kind: 'section', title, context: a.title, href: `${a.href}#${id}`, terms: '', text: lead })
    }
  }
  return docs
}
