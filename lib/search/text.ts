import type { Faq } from '@/lib/content'
import { proseFromMdx } from '@/lib/content/readability'

/** Plain text of an FAQ answer (for search, JSON-LD and snippets). */
export function answerText(faq: Pick<Faq, 'body'>): string {
  return proseFromMdx(faq.body).replace(/\s+/g, ' ').trim()
}

/** Splits an article body into its h2/h3 sections with plain text. */
export function sectionsOf(body: string): { heading: string; text: string }[] {
  const out: { heading: string; text: string }[] = []
  let current: { heading: string; lines: string[] } | undefined
  for (const line of body.replace(/```[\s\S]*?```/g, '').split('\n')) {
    const m = /^#{2,3}\s+(.*)$/.exec(line)
    if (m) {
      if (current) out.push({ heading: current.heading, text: proseFromMdx(current.lines.join('\n')) })
      current = { heading: m[1] ?? '', lines: [] }
    } else current?.lines.push(line)
  }
  if (current) out.push({ heading: current.heading, text: proseFromMdx(current.lines.join('\n')) })
  return out
}
