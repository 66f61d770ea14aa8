import { fillLabel, isOverdue, type Dated, type SiteConfig } from '@/lib/content'
import { formatDate } from '@/lib/dates'

type Labels = SiteConfig['labels']

/** "Reviewed … · Next review …" as list items, for a page's meta line. */
export function ReviewDateItems({ page, labels, lang }: { page: Dated; labels: Labels; lang: string }) {
  return (
    <>
      <li>
        {labels.reviewed} <time dateTime={page.reviewed}>{formatDate(page.reviewed, lang)}</time>
      </li>
      <li>
        {labels.nextReview} <time dateTime={page.nextReview}>{formatDate(page.nextReview, lang)}</time>
      </li>
    </>
  )
}

/** The same dates as one short line (FAQ answers, options pages). */
export function ReviewDatesLine({ page, labels, lang }: { page: Dated; labels: Labels; lang: string }) {
  return (
    <p className="review-dates">
      {labels.reviewed} <time dateTime={page.reviewed}>{formatDate(page.reviewed, lang)}</time>
      <span aria-hidden="true"> · </span>
      <span className="sr-only">. </span>
      {labels.nextReview} <time dateTime={page.nextReview}>{formatDate(page.nextReview, lang)}</time>
    </p>
  )
}

/** A visible note when the page is past its next review date (computed at build time). */
export function OverdueNote({ page, labels, lang, today }: { page: Dated; labels: Labels; lang: string; today?: string }) {
  if (!isOverdue(page, today)) return null
  return (
    <p className="overdue-note" role="note">
      <strong>{labels.overdueTitle}:</strong> {fillLabel(labels.overdue, { date: formatDate(page.nextReview, lang) })}
    </p>
  )
}
