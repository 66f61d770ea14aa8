import type { Content } from '@/lib/content'
import type { CitationScope } from '@/lib/citations/scope'
import { CiteMarker } from '@/components/citation/cite-marker'

/** A sentence or two from an options file followed by its citation markers (numbered on this page). */
export function CitedText({ text, sources, scope, content }: { text: string; sources: readonly string[]; scope: CitationScope; content: Content }) {
  return (
    <>
      {text}
      {sources.map((id) => {
        const source = content.sourceById.get(id)
        if (!source) throw new Error(`Unknown source id "${id}"`)
        return <CiteMarker key={id} scope={scope} source={source} ui={content.ui} />
      })}
    </>
  )
}
