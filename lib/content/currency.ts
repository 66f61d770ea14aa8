/**
 * Page currency: review dates, the review-overdue state and the site-wide change list that
 * feeds /feed.xml. The build never fails on the calendar: "today" is only compared, never enforced.
 */
import type { Article, Content, Faq } from './load'
import type { OptionsGoal } from './options'

export interface Dated {
  reviewed: string
  nextReview: string
  changes: readonly { date: string; note: string }[]
}

/** The build's "today" as YYYY-MM-DD: BUILD_DATE if set (tests, reproducible builds), else the clock. */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const fixed = env.BUILD_DATE
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed
  return new Date().toISOString().slice(0, 10)
}

/** True when the page's next review date has passed. */
export function isOverdue(page: Pick<Dated, 'nextReview'>, today: string = buildDate()): boolean {
  return page.nextReview < today
}

/** A page that carries review dates, with where it lives and what it is called. */
export interface CurrencyPage extends Dated {
  kind: 'article' | 'faq' | 'options'
  title: string
  href: string
  file: string
}

/** Every page with review dates: articles, FAQ answers, "Your options" pages and any extra pages passed in. */
export function currencyPages(content: Pick<Content, 'articles' | 'faqs' | 'options'>, extra: readonly CurrencyPage[] = []): CurrencyPage[] {
  const fromArticle = (a: Article): CurrencyPage => ({ kind: 'article', title: a.title, href: a.href, file: a.file, reviewed: a.reviewed, nextReview: a.nextReview, changes: a.changes })
  const fromFaq = (f: Faq): CurrencyPage => ({ kind: 'faq', title: f.question, href: f.href, file: f.file, reviewed: f.reviewed, nextReview: f.nextReview, changes: f.changes })
  const fromOptions = (g: OptionsGoal): CurrencyPage => ({ kind: 'options', title: g.title, href: g.href, file: g.file, reviewed: g.reviewed, nextReview: g.nextReview, changes: g.changes })
  return [...content.articles.map(fromArticle), ...content.faqs.map(fromFaq), ...(content.options?.goals ?? []).map(fromOptions), ...extra]
}

/** Pages past their next review, most overdue first. */
export function overduePages(pages: readonly CurrencyPage[], today: string = buildDate()): CurrencyPage[] {
  return pages.filter((p) => isOverdue(p, today)).sort((a, b) => a.nextReview.localeCompare(b.nextReview) || a.href.localeCompare(b.href))
}

export interface ChangeEntry {
  /** Stable id for the feed: the page path, the date and the position of the change on that page. */
  key: string
  date: string
  note: string
  title: string
  href: string
  kind: CurrencyPage['kind']
}

/** One entry per change on any page, newest first (ties: page order, then the page's own order). */
export function changeEntries(pages: readonly CurrencyPage[]): ChangeEntry[] {
  const entries = pages.flatMap((p) =>
    p.changes.map((c, i) => ({ key: `${p.href}#${c.date}-${p.changes.length - i}`, date: c.date, note: c.note, title: p.title, href: p.href, kind: p.kind })),
  )
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.date.localeCompare(a.e.date) || a.i - b.i)
    .map(({ e }) => e)
}
