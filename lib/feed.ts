/**
 * The Atom feed of content changes (/feed.xml): one entry per line of any page's change log,
 * newest first, each linking to its page. Generated with the `feed` library.
 */
import { Feed } from 'feed'
import { changeEntries, type Content, type CurrencyPage, type Locale } from '@/lib/content'
import { contactEmail } from '@/lib/contact'
import { absoluteUrl, site } from '@/lib/site'

/** The feed of one language: /feed.xml, /fr/feed.xml, … */
export const feedPath = (locale: Pick<Locale, 'prefix'>) => `${locale.prefix}/feed.xml`

/** Midnight UTC of a YYYY-MM-DD date. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

export function renderAtomFeed(content: Pick<Content, 'site' | 'locale'>, pages: readonly CurrencyPage[]): string {
  const path = feedPath(content.locale)
  const entries = changeEntries(pages)
  const labels = content.site.labels
  const feed = new Feed({
    id: absoluteUrl(path),
    title: labels.feedTitle,
    description: labels.feedSubtitle,
    link: absoluteUrl(`${content.locale.prefix}/`),
    language: content.locale.lang,
    updated: day(entries[0]?.date ?? '2026-11-21'),
    generator: false,
    feedLinks: { atom: absoluteUrl(path) },
    author: { name: content.site.publisher.name, email: contactEmail(content.site), link: site.url },
  })
  for (const e of entries) {
    feed.addItem({
      id: `${absoluteUrl(e.key)}`,
      title: `${e.title} – ${e.note}`,
      link: absoluteUrl(e.href),
      date: day(e.date),
      description: e.note,
    })
  }
  return feed.atom1()
}
