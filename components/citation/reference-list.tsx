import Link from 'next/link'
import type { Content } from '@/lib/content'
import { fill, type UiText } from '@/lib/content/ui'
import { localizeHref } from '@/lib/content/links'
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
export function ReferenceList({ scope, content, heading, headingLevel = 2 }: Props) {
  const { ui } = content
  const href = (path: string) => localizeHref(content.locale.code, path)
  // A compact scope (the FAQ) has no back-links or per-entry "all pages" links: with 100+ answers
  // they were a quarter of the page, each answer lists its own sources under it, and /sources/ has the rest.
  const full = !scope.compact
  if (scope.order.length === 0) return null
  const Heading = `h${headingLevel}` as const
  const headingId = `${scope.prefix}references`
  return (
    <section className="references" aria-labelledby={headingId}>
      <Heading id={headingId}>{heading ?? ui.article.references}</Heading>
      <p className="ref-help">
        {ui.citations.kindsHelp}{' '}
        <Link href={href('/about/sources/')} prefetch={false}>
          {ui.citations.kindsLink}
        </Link>
        {full ? null : (
          <>
            {' · '}
            <Link href={href('/sources/')} prefetch={false}>
              {ui.citations.everySource}
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
                  <Backlinks prefix={scope.prefix} id={id} n={n} count={scope.count(id)} ui={ui} />{' '}
                </>
              ) : null}
              <span className="ref-body">
                <SourceCitation source={source} ui={ui} />
              </span>{' '}
              {full ? (
                <a href={href(`/sources/#${id}`)} className="ref-more">
                  {ui.citations.allPagesCiting}
                  <span className="sr-only">: {source.title}</span>
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
function Backlinks({ prefix, id, n, count, ui }: { prefix: string; id: string; n: number; count: number; ui: UiText }) {
  const links = backlinks(prefix, id, n, count, ui.citations)
  const hidden = links.length - VISIBLE_BACKLINKS
  return (
    <span className="backlinks">
      <span className="backlinks-label" aria-hidden="true">
        {ui.citations.backToText}
      </span>
      {links.map((b, i) => (
        <a key={b.href} href={b.href} aria-label={b.label} className={i < VISIBLE_BACKLINKS ? 'backlink' : 'backlink backlink-extra'}>
          {b.text}
        </a>
      ))}
      {hidden > 0 ? (
        <a href={`#${refAnchor(prefix, id)}`} className="backlinks-all" aria-label={fill(ui.citations.showAll, { count, n })}>
          {fill(ui.citations.more, { count: hidden })}
        </a>
      ) : null}
    </span>
  )
}
