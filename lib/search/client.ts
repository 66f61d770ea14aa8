import type { SearchIndex } from './match'

type Engine = typeof import('./match')
type Loaded = Promise<{ engine: Engine; index: SearchIndex }>
const loading = new Map<string, Loaded>()

/** Loads the search code and a prebuilt index (its URL comes from the page's HTML) once, on first use. */
export function loadSearch(url: string): Loaded {
  const existing = loading.get(url)
  if (existing) return existing
  const p: Loaded = Promise.all([
    import('./match'),
    fetch(url).then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`)
      return r.text()
    }),
  ]).then(([engine, json]) => ({ engine, index: engine.loadIndex(json) }))
  loading.set(url, p)
  p.catch(() => {
    loading.delete(url)
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

/**
 * Arrow keys in a result list: Down moves to the next result, Up to the previous one or back to
 * the search box, Escape returns to the box. Returns true when it handled the key.
 */
export function moveInResults(key: string, i: number, links: readonly (HTMLElement | null)[], count: number, input: HTMLElement | null): boolean {
  if (key === 'ArrowDown') links[Math.min(i + 1, count - 1)]?.focus()
  else if (key === 'ArrowUp') (i === 0 ? input : links[i - 1])?.focus()
  else if (key === 'Escape') input?.focus()
  else return false
  return true
}
