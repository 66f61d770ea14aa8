/**
 * Header search (every page): searches FAQ answers and article sections as you type, grouped by
 * kind. The results panel closes on Escape (the query stays), when focus leaves the search and on
 * a click elsewhere, so it never covers the focused element. Without JavaScript the form sends
 * the query to the language's FAQ page, which explains how to search there. The index URL
 * (data-index) and the words (data-text) come from the server HTML.
 */
import { isTyping, loadSearch, moveInResults } from '@/lib/search/client'
import type { Hit } from '@/lib/search/match'
import { kindLabel, resultList } from '@/lib/search/results-dom'
import { plural, textOf } from '@/lib/ui/island-text'

/** The words the server put in data-text (content/islands.yaml, headerSearch). */
interface Text {
  results: string
  questions: string
  sections: string
  count: { one: string; other: string }
  none: string
  error: string
}

function enhance(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')
  const panel = form.querySelector<HTMLElement>('.header-results')
  const status = form.querySelector<HTMLElement>('[role="status"]')
  const index = form.dataset.index
  if (!input || !panel || !status || !index) return
  const t = textOf<Text>(form)
  let hits: Hit[] = []
  let run = 0

  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a.search-hit')]
  const isOpen = () => !panel.hidden
  const close = () => {
    panel.hidden = true
  }
  const open = () => {
    if (!hits.length) return
    panel.hidden = false
    // Keep the panel inside the viewport at any width or zoom (CSS does the layout; this is a guard).
    panel.style.removeProperty('translate')
    const r = panel.getBoundingClientRect()
    const vw = document.documentElement.clientWidth
    const shift = r.left < 8 ? 8 - r.left : r.right > vw - 8 ? vw - 8 - r.right : 0
    if (shift) panel.style.translate = `${Math.round(shift)}px 0`
    fitHeight()
  }
  /** Keeps the panel's bottom on screen: a tall phone header leaves little room below the box. */
  const fitHeight = () => {
    panel.style.removeProperty('max-height')
    let r = panel.getBoundingClientRect()
    const vh = window.innerHeight
    if (r.bottom <= vh - 8) return
    if (vh - r.top < 200) {
      // Too little room under the box: bring the search form to the top of the screen first.
      window.scrollBy(0, form.getBoundingClientRect().top - 4)
      r = panel.getBoundingClientRect()
    }
    panel.style.maxHeight = `${Math.max(120, Math.floor(vh - r.top - 8))}px`
  }

  const show = async (q: string) => {
    const mine = ++run
    if (!q.trim()) {
      hits = []
      status.textContent = ''
      panel.replaceChildren()
      close()
      return
    }
    try {
      const { engine, index: loaded } = await loadSearch(index)
      if (mine !== run) return
      const all = engine.search(loaded, q, { limit: 40 })
      // Up to six of each kind, so both groups show when both match.
      const faqs = all.filter((h) => h.kind === 'faq').slice(0, 6)
      const sections = all.filter((h) => h.kind === 'section').slice(0, 6)
      hits = [...faqs, ...sections]
      const group = document.createElement('div')
      group.setAttribute('role', 'group')
      group.setAttribute('aria-label', t.results ?? '')
      if (faqs.length) group.append(kindLabel(t.questions ?? ''), resultList(faqs, t.questions ?? '', engine.highlight))
      if (sections.length) group.append(kindLabel(t.sections ?? ''), resultList(sections, t.sections ?? '', engine.highlight))
      panel.replaceChildren(group)
      status.textContent = hits.length ? plural(t.count, hits.length) : (t.none ?? '')
      if (hits.length) open()
      else close()
    } catch {
      if (mine === run) status.textContent = t.error ?? ''
    }
  }

  input.addEventListener('focus', () => {
    void loadSearch(index).catch(() => undefined)
    if (hits.length && input.value.trim()) open()
  })
  input.addEventListener('input', () => void show(input.value))
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault()
      open()
      links()[0]?.focus()
    } else if (e.key === 'Escape') {
      // type="search" would also erase the query on Escape: keep it, only close the panel.
      e.preventDefault()
      close()
    }
  })
  panel.addEventListener('keydown', (e) => {
    const list = links()
    const i = list.indexOf(e.target as HTMLAnchorElement)
    if (i < 0) return
    if (e.key === 'Escape') close()
    if (moveInResults(e.key, i, list, list.length, input)) e.preventDefault()
  })
  // Focus moving out of the search (Tab, a click, a screen reader jump) closes the panel.
  form.addEventListener('focusout', (e) => {
    const next = e.relatedTarget as Node | null
    if (!next || !form.contains(next)) close()
  })
  document.addEventListener('pointerdown', (e) => {
    if (isOpen() && !form.contains(e.target as Node)) close()
  })
  form.addEventListener('submit', (e) => {
    const first = hits[0]
    if (first && input.value.trim()) {
      e.preventDefault()
      window.location.assign(first.href)
    }
  })
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && !isTyping(e) && !e.ctrlKey && !e.metaKey && !e.altKey && !document.querySelector('[data-island="faq-search"]')) {
      e.preventDefault()
      input.focus()
    }
  })
  form.dataset.ready = ''
}

document.querySelectorAll<HTMLFormElement>('form[data-island="header-search"]').forEach(enhance)
