import { fillLabel, isOverdue, type Dated, type SiteConfig } from '@/lib/content'
import { formatDate } from '@/lib/dates'

type Labels = SiteConfig['labels']

/** "Reviewed … · Next review …" as list items, for a page's meta line. */
export function ReviewDateItems({ page, labels }: { page: Dated; labels: Labels }) {
  return (
    <>
      <li>
        {labels.reviewed} <time dateTime={page.reviewed}>{formatDate(page.reviewed)}</time>
      </li>
      <li>
        {labels.nextReview} <time dateTime={page.nextReview}>{formatDate(page.nextReview)}</time>
      </li>
    </>
  )
}

/** The same dates as one short line (FAQ answers, options pages). */
export function ReviewDatesLine({ page, labels }: { page: Dated; labels: Labels }) {
  return (
    <p className="review-dates">
      {labels.reviewed} <time dateTime={page.reviewed}>{formatDate(page.reviewed)}</time>
      <span aria-hidden="true"> · </span>
      <span className="sr-only">. </span>
      {labels.nextReview} <time dateTime={page.nextReview}>{formatDate(page.nextReview)}</time>
    </p>
  )
}

/** A visible note when the page is past its next review date (computed at build time). */
export function OverdueNote({ page, labels, today }: { page: Dated; labels: Labels; today?: string }) {
  if (!isOverdue(page, today)) return null
  return (
    <p className="overdue-note" role="note">
      <strong>{labels.overdueTitle}:</strong> {fillLabel(labels.overdue, { date: formatDate(page.nextReview) })}
    </p>
  )
}
