import Link from 'next/link'
import type { Content } from '@/lib/content'
import { backlinks, refAnchor, type CitationScope, VISIBLE_BACKLINKS } from '@/lib/citations/scope'
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
  // A compact scope (the FAQ) has no back-links or per-entry "all pages" links: with 100+ answers
  // they were a quarter of the page, each answer lists its own sources under it, and /sources/ has the rest.
  const full = !scope.compact
  if (scope.order.length === 0) return null
  const Heading = `h${headingLevel}` as const
  const headingId = `${scope.prefix}references`
  return (
    <section className="references" aria-labelledby={headingId}>
      <Heading id={headingId}>{heading}</Heading>
      <p className="ref-help">
        Each source says what kind it is, such as a trial, a review or a clinic&apos;s page.{' '}
        <Link href="/about/sources/" prefetch={false}>
          What the kinds of source mean
        </Link>
        {full ? null : (
          <>
            {' · '}
            <Link href="/sources/" prefetch={false}>
              Every source, with the pages that cite it
            </Link>
          </>
        )}
      </p>
      <ol className="ref-list">
        {scope.order.map((id, i) => {
          const source = content.sourceById.get(id)
          if (!source) throw new Error(`ReferenceList: unknown source "${id}"`)
          const n = i + 1
          return (
            <li key={id} id={refAnchor(scope.prefix, id)} value={n}>
              {full ? (
                <>
                  <Backlinks prefix={scope.prefix} id={id} n={n} count={scope.count(id)} />{' '}
                </>
              ) : null}
              <span className="ref-body">
                <SourceCitation source={source} />
              </span>{' '}
              {full ? (
                <a href={`/sources/#${id}`} className="ref-more">
                  All pages citing this<span className="sr-only">: {source.title}</span>
                </a>
              ) : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}

/**
 * Back-links from an entry to the markers that cite it, after a plain label. A much-cited source
 * shows its first few letters plus a "more" link; that link targets the entry itself, and the
 * targeted entry (also the one a marker leads to) shows every letter, without JavaScript.
 * So the row wraps on phones and a keyboard user crosses a handful of stops, not dozens.
 */
function Backlinks({ prefix, id, n, count }: { prefix: string; id: string; n: number; count: number }) {
  const links = backlinks(prefix, id, n, count)
  const hidden = links.length - VISIBLE_BACKLINKS
  return (
    <span className="backlinks">
      <span className="backlinks-label" aria-hidden="true">
        Back to text:
      </span>
      {links.map((b, i) => (
        <a key={b.href} href={b.href} aria-label={b.label} className={i < VISIBLE_BACKLINKS ? 'backlink' : 'backlink backlink-extra'}>
          {b.text}
        </a>
      ))}
      {hidden > 0 ? (
        <a href={`#${refAnchor(prefix, id)}`} className="backlinks-all" aria-label={`Show all ${count} places that cite source ${n}`}>
          +{hidden} more
        </a>
      ) : null}
    </span>
  )
}
