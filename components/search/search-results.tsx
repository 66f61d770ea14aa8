import type { Hit, Part } from '@/lib/search/match'

function Highlighted({ parts }: { parts: Part[] }) {
  return (
    <>
      {parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  )
}

interface Props {
  hits: Hit[]
  label: string
  highlight: (text: string, matched: readonly string[]) => Part[]
  onPick?: (hit: Hit) => void
  onKeyDown?: (e: React.KeyboardEvent<HTMLAnchorElement>, i: number) => void
  linkRef?: (i: number, el: HTMLAnchorElement | null) => void
  offset?: number
}

/** A ranked list of search hits; matched words are wrapped in <mark> (text only, never HTML). */
export function SearchResults({ hits, label, highlight, onPick, onKeyDown, linkRef, offset = 0 }: Props) {
  return (
    <ul aria-label={label} className="search-results">
      {hits.map((h, i) => (
        <li key={h.id}>
          <a
            href={h.href}
            ref={(el) => linkRef?.(offset + i, el)}
            onClick={() => onPick?.(h)}
            onKeyDown={(e) => onKeyDown?.(e, offset + i)}
            className="search-hit"
          >
            <span className="search-hit-title">
              <Highlighted parts={highlight(h.title, h.matched)} />
            </span>
            <span className="search-hit-context">{h.context}</span>
            {h.snippet ? (
              <span className="search-hit-snippet">
                <Highlighted parts={highlight(h.snippet, h.matched)} />
              </span>
            ) : null}
          </a>
        </li>
      ))}
    </ul>
  )
}
