import type { Source } from '@/lib/content'
import { sourceShortName } from '@/lib/citations/format'
import { markerAnchor, refAnchor, type CitationScope } from '@/lib/citations/scope'

/**
 * Superscript citation marker. Without JavaScript it jumps to the reference entry; the
 * citation-preview island turns the same link into an in-place preview.
 */
export function CiteMarker({ scope, source }: { scope: CitationScope; source: Source }) {
  const n = scope.numberOf(source.id)
  const k = scope.nextOccurrence(source.id)
  return (
    <sup className="cite">
      <a
        id={scope.compact ? undefined : markerAnchor(scope.prefix, source.id, k)}
        href={`#${refAnchor(scope.prefix, source.id)}`}
        className="cite-marker"
        aria-label={scope.compact ? `Source ${n}` : `Source ${n}: ${sourceShortName(source)}`}
        data-cite=""
      >
        [{n}]
      </a>
    </sup>
  )
}
