import type { Source } from '@/lib/content'
import type { UiText } from '@/lib/content/ui'
import { formatAuthors, formatLocator, sourceLinks, withStop } from '@/lib/citations/format'
import { SourceBadge } from './source-badge'

/** A formatted reference: authors, title, container, year and locator, badge, note and links. */
export function SourceCitation({ source, headingId, ui }: { source: Source; headingId?: string; ui: UiText }) {
  const authors = formatAuthors(source.authors)
  const locator = formatLocator(source)
  const links = sourceLinks(source, ui.citations)
  return (
    <>
      <span className="ref-text">
        {authors ? <>{withStop(authors)} </> : null}
        <cite id={headingId} className="ref-title">
          {withStop(source.title)}
        </cite>
        {source.container ? (
          <>
            {' '}
            <span className="ref-container">{withStop(source.container)}</span>
          </>
        ) : null}
        {locator ? <> {withStop(locator)}</> : null}
      </span>{' '}
      <SourceBadge type={source.type} ui={ui} />
      {source.note ? <span className="ref-note">{source.note}</span> : null}
      {links.length ? (
        <span className="ref-links">
          {links.map((l) => (
            <a key={l.href} href={l.href} aria-label={l.label === l.text ? undefined : l.label} rel="noreferrer" className="ref-link">
              {l.text}
            </a>
          ))}
        </span>
      ) : null}
    </>
  )
}
