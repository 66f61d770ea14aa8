import type { Source } from '@/lib/content'
import { fill, type UiText } from '@/lib/content/ui'
import { sourceShortName } from '@/lib/citations/format'
import { markerAnchor, refAnchor, type CitationScope } from '@/lib/citations/scope'

/**
 * Superscript citation marker. Without JavaScript it jumps to the reference entry; the
 * citation-preview island turns the same link into an in-place preview.
 */
export function CiteMarker({ scope, source, ui }: { scope: CitationScope; source: Source; ui: UiText }) {
  const n = scope.numberOf(source.id)
  const k = scope.nextOccurrence(source.id)
  return (
    <sup className="cite">
      <a
        id={scope.compact ? undefined : markerAnchor(scope.prefix, source.id, k)}
        href={`#${refAnchor(scope.prefix, source.id)}`}
        className="cite-marker"
        aria-label={scope.compact ? fill(ui.citations.markerCompact, { n }) : fill(ui.citations.marker, { n, name: sourceShortName(source) })}
        data-cite=""
      >
        [{n}]
      </a>
    </sup>
  )
}
