import type { Content } from '@/lib/content'
import { backlinks, previewAnchor, refAnchor, type CitationScope } from '@/lib/citations/scope'
import { SourceCitation } from './source-citation'

interface Props {
  scope: CitationScope
  content: Content
  /** Heading text and level; FAQ answers use a smaller heading. */
  heading?: string
  headingLevel?: 2 | 3 | 4
}

/**
 * References in citation order. Each entry has an id, back-links to every marker that cites it,
 * and the preview popover its markers open.
 */
export function ReferenceList({ scope, content, heading = 'References', headingLevel = 2 }: Props) {
  if (scope.order.length === 0) return null
  const Heading = `h${headingLevel}` as const
  const headingId = `${scope.prefix}references`
  return (
    <section className="references" aria-labelledby={headingId}>
      <Heading id={headingId}>{heading}</Heading>
      <ol className="ref-list">
        {scope.order.map((id, i) => {
          const source = content.sourceById.get(id)
          if (!source) throw new Error(`ReferenceList: unknown source "${id}"`)
          const n = i + 1
          const titleId = `${previewAnchor(scope.prefix, id)}-title`
          return (
            <li key={id} id={refAnchor(scope.prefix, id)} value={n}>
              <span className="backlinks">
                {backlinks(scope.prefix, id, n, scope.count(id)).map((b) => (
                  <a key={b.href} href={b.href} aria-label={b.label} className="backlink">
                    {b.text}
                  </a>
                ))}
              </span>{' '}
              <SourceCitation source={source} />{' '}
              <a href={`/sources/#${id}`} className="ref-more">
                All pages citing this<span className="sr-only">: {source.title}</span>
              </a>
              <div id={previewAnchor(scope.prefix, id)} popover="auto" role="dialog" aria-labelledby={titleId} className="cite-preview" tabIndex={-1}>
                <p className="cite-preview-head">
                  <strong id={titleId}>Source {n}</strong>
                  <button type="button" className="cite-preview-close" data-close-preview="">
                    Close<span className="sr-only"> source {n}</span>
                  </button>
                </p>
                <p>
                  <SourceCitation source={source} />
                </p>
                <p>
                  <a href={`#${refAnchor(scope.prefix, id)}`} data-goto-ref="">
                    Go to the reference list entry
                  </a>
                </p>
              </div>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
