import type { ToolPoint } from '@/lib/content/tools'
import { RichText } from './rich-text'
import { Cite, type ToolRefs } from './tool-refs'

/** One cited point: its text (with any inline markup) and then its citation markers. */
export function PointText({ point, refs }: { point: ToolPoint; refs: ToolRefs }) {
  return (
    <>
      <RichText text={point.text} refs={refs} locale={refs.locale} />
      <Cite refs={refs} ids={point.cites} />
    </>
  )
}

/** One point as a paragraph, several as a list. */
export function Points({ points, refs }: { points: readonly ToolPoint[]; refs: ToolRefs }) {
  if (points.length === 1) {
    const p = points[0]
    return p ? (
      <p>
        <PointText point={p} refs={refs} />
      </p>
    ) : null
  }
  return (
    <ul>
      {points.map((p) => (
        <li key={p.text}>
          <PointText point={p} refs={refs} />
        </li>
      ))}
    </ul>
  )
}
