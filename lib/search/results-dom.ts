/**
 * Builds a list of search hits as DOM nodes for the search islands. Text goes in with
 * textContent only (never HTML), so a query or a title can never inject markup.
 */
import type { Hit, Part } from './match'

export type Highlight = (text: string, matched: readonly string[]) => Part[]

function highlighted(cls: string, parts: Part[]): HTMLSpanElement {
  const span = document.createElement('span')
  span.className = cls
  for (const p of parts) {
    const el = document.createElement(p.mark ? 'mark' : 'span')
    el.textContent = p.text
    span.append(el)
  }
  return span
}

/** `<ul aria-label="…" class="search-results">` with one link per hit. */
export function resultList(hits: readonly Hit[], label: string, highlight: Highlight): HTMLUListElement {
  const ul = document.createElement('ul')
  ul.className = 'search-results'
  ul.setAttribute('aria-label', label)
  for (const h of hits) {
    const li = document.createElement('li')
    const a = document.createElement('a')
    a.href = h.href
    a.className = 'search-hit'
    a.append(highlighted('search-hit-title', highlight(h.title, h.matched)))
    const context = document.createElement('span')
    context.className = 'search-hit-context'
    context.textContent = h.context
    a.append(context)
    if (h.snippet) a.append(highlighted('search-hit-snippet', highlight(h.snippet, h.matched)))
    li.append(a)
    ul.append(li)
  }
  return ul
}

/** A small label above a group of results ("Questions"). */
export function kindLabel(text: string): HTMLParagraphElement {
  const p = document.createElement('p')
  p.className = 'header-results-kind'
  p.textContent = text
  return p
}
