import Link from 'next/link'
import { fillLabel, type Content, type Source } from '@/lib/content'
import type { ToolsIndexText } from '@/lib/content/tools'
import { localizeHref } from '@/lib/content/links'
import { SourceCitation } from '@/components/citation/source-citation'

/**
 * Numbered citations for the tool pages. A page lists the source ids it cites, in first-use
 * order; markers link to the page's reference list, and each entry links on to the full
 * list of sources. An unknown id, or a marker for an id the page did not list, fails the build.
 */
export interface ToolRefs {
  order: readonly string[]
  source(id: string): Source
  number(id: string): number
  /** The words around the references (content/<locale>/tools/index.yaml `references`). */
  words: ToolsIndexText['references']
  locale: string
  /** The interface words of the content's language. */
  ui: Content['ui']
}

export function toolRefs(content: Content, ids: Iterable<string>, words: ToolsIndexText['references'], locale: string): ToolRefs {
  const order = [...new Set(ids)]
  for (const id of order) {
    if (!content.sourceById.has(id)) throw new Error(`Tool page cites unknown source "${id}" (not in content/sources.yaml)`)
  }
  const numbers = new Map(order.map((id, i) => [id, i + 1]))
  return {
    order,
    words,
    locale,
    ui: content.ui,
    source(id) {
      const s = content.sourceById.get(id)
      if (!s) throw new Error(`Unknown source "${id}"`)
      return s
    },
    number(id) {
      const n = numbers.get(id)
      if (n === undefined) throw new Error(`Source "${id}" is cited but not in this tool page's reference order`)
      return n
    },
  }
}

/** Source ids in first-use order from items that each carry a list of ids. */
export function citedIds(...groups: readonly (readonly { cites?: readonly string[] }[])[]): string[] {
  return groups.flatMap((g) => g.flatMap((item) => item.cites ?? []))
}

/** Superscript markers "[1][4]" linking to the page's reference list. */
export function Cite({ refs, ids }: { refs: ToolRefs; ids: readonly string[] | undefined }) {
  if (!ids?.length) return null
  return (
    <>
      {ids.map((id) => {
        const n = refs.number(id)
        return (
          <sup key={id} className="cite">
            <a href={`#ref-${id}`} className="cite-marker" aria-label={fillLabel(refs.words.marker, { n, title: refs.source(id).title })}>
              [{n}]
            </a>
          </sup>
        )
      })}
    </>
  )
}

/** The page's numbered reference list. */
export function ToolReferences({ refs, compact = false }: { refs: ToolRefs; compact?: boolean }) {
  if (refs.order.length === 0) return null
  return (
    <section className={`references tool-references${compact ? ' tool-references-compact' : ''}`} aria-labelledby="references">
      <h2 id="references">{refs.words.heading}</h2>
      <ol className="ref-list">
        {refs.order.map((id, i) => (
          <li key={id} id={`ref-${id}`} value={i + 1}>
            <SourceCitation source={refs.source(id)} ui={refs.ui} />{' '}
            <Link href={localizeHref(refs.locale, `/sources/#${id}`)} prefetch={false} className="ref-more">
              {refs.words.more}
              <span className="sr-only">: {refs.source(id).title}</span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  )
}
