/**
 * Live search over the FAQ answers. The query lives in the URL (?q=), so results survive a
 * reload, links can be shared and Back/Forward restore a query. Hidden without JavaScript (the
 * page then explains how to use the browser's find instead).
 */
import { isTyping, loadSearch, moveInResults, queryFromLocation } from '@/lib/search/client'
import type { Hit } from '@/lib/search/match'
import { resultList } from '@/lib/search/results-dom'
import { openFaq } from '@/components/faq/open-faq'
import { plural, textOf } from '@/lib/ui/island-text'

/** The words the server put in data-text (content/islands.yaml, faqSearch). */
interface Text {
  results: string
  count: { one: string; other: string }
  none: string
  error: string
}

function enhance(root: HTMLElement) {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')
  const status = root.querySelector<HTMLElement>('[role="status"]')
  const out = root.querySelector<HTMLElement>('[data-results]')
  const index = root.dataset.index
  if (!input || !status || !out || !index) return
  const t = textOf<Text>(root)
  let hits: Hit[] = []
  let run = 0
  /** The query of the current history entry, and whether that entry is still being typed. */
  let pushed = ''
  let draft = false
  let timer: ReturnType<typeof setTimeout> | undefined

  const links = () => [...out.querySelectorAll<HTMLAnchorElement>('a.search-hit')]

  const show = async (q: string) => {
    const mine = ++run
    if (!q.trim()) {
      hits = []
      out.replaceChildren()
      status.textContent = ''
      return
    }
    try {
      const search = await loadSearch(index)
      if (mine !== run) return
      hits = search.engine.search(search.index, q, { kind: 'faq', limit: 12 })
      out.replaceChildren(...(hits.length ? [resultList(hits, t.results ?? '', search.engine.highlight)] : []))
      status.textContent = hits.length ? plural(t.count, hits.length) : (t.none ?? '')
    } catch {
      if (mine === run) status.textContent = t.error ?? ''
    }
  }

  const urlFor = (q: string) => {
    const url = new URL(window.location.href)
    if (q) url.searchParams.set('q', q)
    else url.searchParams.delete('q')
    url.hash = ''
    return url
  }

  const fromUrl = () => {
    const q = queryFromLocation()
    pushed = q
    draft = false
    input.value = q
    void show(q)
  }

  /** The first keystroke after a settled query starts a history entry; later ones update it. */
  input.addEventListener('input', () => {
    const q = input.value
    void show(q)
    if (!draft && q !== pushed) {
      window.history.pushState(null, '', urlFor(q))
      draft = true
    } else window.history.replaceState(null, '', urlFor(q))
    clearTimeout(timer)
    // A pause in typing settles the query, so Back returns to it.
    timer = setTimeout(() => {
      draft = false
      pushed = q
    }, 900)
  })

  const pick = (hit: Hit) => {
    draft = false
    pushed = input.value
    const id = hit.href.split('#')[1] ?? ''
    openFaq(id)
  }

  input.addEventListener('focus', () => void loadSearch(index).catch(() => undefined))
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault()
      links()[0]?.focus()
    } else if (e.key === 'Escape') {
      // Keep the query: type="search" would erase it.
      e.preventDefault()
    } else if (e.key === 'Enter') {
      e.preventDefault()
      const first = hits[0]
      if (first) {
        pick(first)
        window.location.hash = first.href.split('#')[1] ?? ''
      }
    }
  })
  out.addEventListener('keydown', (e) => {
    const list = links()
    const i = list.indexOf(e.target as HTMLAnchorElement)
    if (i >= 0 && moveInResults(e.key, i, list, list.length, input)) e.preventDefault()
  })
  out.addEventListener('click', (e) => {
    const a = (e.target as Element).closest<HTMLAnchorElement>('a.search-hit')
    const hit = a ? hits[links().indexOf(a)] : undefined
    if (hit) pick(hit)
  })
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && !isTyping(e) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault()
      input.focus()
    }
  })
  window.addEventListener('popstate', fromUrl)
  fromUrl()
  root.dataset.ready = ''
}

document.querySelectorAll<HTMLElement>('[data-island="faq-search"]').forEach(enhance)
