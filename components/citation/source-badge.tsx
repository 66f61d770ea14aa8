import type { SourceType } from '@/lib/content/taxonomy'
import type { UiText } from '@/lib/content/ui'

/** The type of a source as a text badge. */
export function SourceBadge({ type, ui }: { type: SourceType; ui: UiText }) {
  return (
    <span className={`badge badge-${type}`}>
      <span className="sr-only">{ui.citations.typeOfSource} </span>
      {ui.sourceTypes[type].label}
    </span>
  )
}
