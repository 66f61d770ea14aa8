import type { Dated, SiteConfig } from '@/lib/content'
import { formatDate } from '@/lib/dates'

/**
 * The page's "What changed" log, newest first, shown at the end of the page. In a FAQ answer
 * (`compact`), it is a plain block with no heading or landmark, so 100 answers add no noise.
 */
export function ChangeLog({
  changes,
  labels,
  id,
  headingLevel = 2,
  compact = false,
  lang,
}: {
  changes: Dated['changes']
  labels: SiteConfig['labels']
  id: string
  headingLevel?: 2 | 3 | 4
  compact?: boolean
  lang: string
}) {
  const Heading = `h${headingLevel}` as const
  const list = (
    <ul>
      {changes.map((c) => (
        <li key={`${c.date}-${c.note}`}>
          <time dateTime={c.date}>{formatDate(c.date, lang)}</time>: {c.note}
        </li>
      ))}
    </ul>
  )
  if (compact) {
    return (
      <div className="change-log change-log-compact" id={id}>
        <p className="change-log-title">{labels.changes}</p>
        {list}
      </div>
    )
  }
  return (
    <section className="change-log" aria-labelledby={id}>
      <Heading id={id}>{labels.changes}</Heading>
      {list}
    </section>
  )
}
