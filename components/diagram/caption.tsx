import type { ReactNode } from 'react'
import type { Content } from '@/lib/content'
import type { CitationScope } from '@/lib/citations/scope'
import { CiteMarker } from '@/components/citation/cite-marker'

/** Citation markers for the given sources, in the order given (the order diagramSources() lists). */
export function Cites({ ids, content, scope }: { ids: readonly string[]; content: Content; scope: CitationScope }): ReactNode {
  return ids.map((id, i) => {
    const source = content.sourceById.get(id)
    if (!source) throw new Error(`Diagram caption: unknown source id "${id}"`)
    return <CiteMarker key={`${id}-${i}`} scope={scope} source={source} ui={content.ui} />
  })
}
