import { SOURCE_TYPE_INFO, type SourceType } from '@/lib/content/taxonomy'

/** The type of a source as a text badge. */
export function SourceBadge({ type }: { type: SourceType }) {
  return (
    <span className={`badge badge-${type}`}>
      <span className="sr-only">Type of source: </span>
      {SOURCE_TYPE_INFO[type].label}
    </span>
  )
}
