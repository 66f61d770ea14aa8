import type { Content } from '@/lib/content'
import { backlinks, refAnchor, type CitationScope } from '@/lib/citations/scope'
import { SourceCitation } from './source-citation'

interface Props {
  scope: CitationScope
  content: Content
  /** Heading text and level; FAQ answers use a smaller heading. */
  heading?: string
  headingLevel?: 2 | 3 | 4
}

/**
 * References in citation order. Each entry has an id and back-links to every marker that cites
 * it; the citation preview shows a copy of the entry's citation, so it is not repeated here.
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
          return (
            <li key={id} id={refAnchor(scope.prefix, id)} value={n}>
              <span className="backlinks">
                {backlinks(scope.prefix, id, n, scope.count(id)).map((b) => (
                  <a key={b.href} href={b.href} aria-label={b.label} className="backlink">
                    {b.text}
                  </a>
                ))}
              </span>{' '}
              <span className="ref-body">
                <SourceCitation source={source} />
              </span>{' '}
              <a href={`/sources/#${id}`} className="ref-more">
                All pages citing this<span className="sr-only">: {source.title}</span>
              </a>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
