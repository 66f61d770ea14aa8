import Link from 'next/link'
import { Fragment, type ReactNode } from 'react'
import { localizeHref } from '@/lib/content/links'
import { Cite, type ToolRefs } from './tool-refs'

/**
 * Renders a line of tool-page text from content: [words](/path/) is a link (localized), **words** is
 * bold, ^[id id] is a numbered citation, and {name} is replaced by `vars[name]` (text or an element).
 */
const TOKEN = /\[([^\]]+)\]\((\/[^)\s]*)\)|\*\*([^*]+)\*\*|\^\[([^\]]+)\]|\{(\w+)\}/g

export function RichText({ text, refs, locale, vars = {} }: { text: string; refs?: ToolRefs; locale: string; vars?: Record<string, ReactNode> }) {
  const out: ReactNode[] = []
  let last = 0
  let key = 0
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) out.push(text.slice(last, m.index))
    const [, label, href, bold, ids, name] = m
    if (label !== undefined && href !== undefined) {
      out.push(
        <Link key={key++} href={localizeHref(locale, href)}>
          {label}
        </Link>,
      )
    } else if (bold !== undefined) {
      out.push(<strong key={key++}>{bold}</strong>)
    } else if (ids !== undefined) {
      if (!refs) throw new Error(`Citation ^[${ids}] in a text with no reference list: "${text}"`)
      out.push(<Cite key={key++} refs={refs} ids={citeIds(ids)} />)
    } else if (name !== undefined) {
      if (!(name in vars)) throw new Error(`No value for {${name}} in "${text}"`)
      out.push(<Fragment key={key++}>{vars[name]}</Fragment>)
    }
    last = m.index + m[0].length
  }
  if (last < text.length) out.push(text.slice(last))
  return <>{out}</>
}

function citeIds(list: string): string[] {
  return list.split(/[\s,]+/).filter(Boolean)
}

/** Source ids cited inline with ^[…] in these texts, in order. */
export function inlineCites(...texts: readonly (string | undefined)[]): string[] {
  return texts.flatMap((t) => [...(t ?? '').matchAll(/\^\[([^\]]+)\]/g)].flatMap((m) => citeIds(m[1] ?? '')))
}
