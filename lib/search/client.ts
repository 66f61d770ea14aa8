import type MiniSearch from 'minisearch'
import type { SearchDoc } from './match'

type Engine = typeof import('./match')
type Loaded = Promise<{ engine: Engine; index: MiniSearch<SearchDoc> }>
const loading: Partial<Record<'faq' | 'site', Loaded>> = {}

/** Loads the search code and a prebuilt index once, on first use. */
export function loadSearch(which: 'faq' | 'site'): Loaded {
  const existing = loading[which]
  if (existing) return existing
  const p: Loaded = Promise.all([
    import('./match'),
    fetch(`/search/${which}.json`).then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`)
      return r.text()
    }),
  ]).then(([engine, json]) => ({ engine, index: engine.loadIndex(json) }))
  loading[which] = p
  p.catch(() => {
    delete loading[which]
  })
  return p
}

/** Reads ?q= safely: broken percent-encoding never throws. */
export function queryFromLocation(): string {
  try {
    return new URLSearchParams(window.location.search).get('q') ?? ''
  } catch {
    return ''
  }
}

/** True when a key press happens while the user types into a field. */
export function isTyping(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null
  return !!t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))
}
