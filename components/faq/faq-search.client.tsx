'use client'
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import type { Hit, Part } from '@/lib/search/match'
import { isTyping, loadSearch, moveInResults, queryFromLocation } from '@/lib/search/client'
import { SearchResults } from '@/components/search/search-results'
import { openFaq } from './open-faq'

const noopSubscribe = () => () => undefined

type Highlight = (text: string, matched: readonly string[]) => Part[]

/**
 * Live search over the FAQ answers. The query lives in the URL (?q=), so results survive a
 * reload, links can be shared and Back restores the previous query. Disabled until JavaScript
 * runs; the full list below works without it.
 */
export function FaqSearch() {
  // False in the server HTML (box disabled), true once hydrated.
  const ready = useSyncExternalStore(noopSubscribe, () => true, () => false)
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<Hit[]>([])
  const [status, setStatus] = useState('')
  const [highlight, setHighlight] = useState<{ fn: Highlight } | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const links = useRef<(HTMLAnchorElement | null)[]>([])
  const pushed = useRef('')
  // True while the current history entry holds a query still being typed.
  const draft = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  const run = useCallback(async (q: string) => {
    if (!q.trim()) {
      setHits([])
      setStatus('')
      return
    }
    try {
      const { engine, index } = await loadSearch('faq')
      const found = engine.search(index, q, { kind: 'faq', limit: 12 })
      setHighlight({ fn: engine.highlight })
      setHits(found)
      setStatus(found.length === 0 ? 'No questions match. Try other words, or browse the topics below.' : `${found.length} question${found.length === 1 ? '' : 's'} match.`)
    } catch {
      setStatus('Search could not load. Browse the questions below.')
    }
  }, [])

  // Start from the URL and follow Back/Forward.
  useEffect(() => {
    const fromUrl = () => {
      const q = queryFromLocation()
      pushed.current = q
      draft.current = false
      setQuery(q)
      void run(q)
    }
    const first = window.setTimeout(fromUrl, 0)
    window.addEventListener('popstate', fromUrl)
    return () => {
      window.clearTimeout(first)
      window.removeEventListener('popstate', fromUrl)
    }
  }, [run])

  // "/" focuses the search from anywhere on the page.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !isTyping(e) && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault()
        input.current?.focus()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  const urlFor = (q: string) => {
    const url = new URL(window.location.href)
    if (q) url.searchParams.set('q', q)
    else url.searchParams.delete('q')
    url.hash = ''
    return url
  }

  /** The first keystroke after a committed query starts a new history entry; later ones update it. */
  const onChange = (q: string) => {
    setQuery(q)
    void run(q)
    if (!draft.current && q !== pushed.current) {
      window.history.pushState(null, '', urlFor(q))
      draft.current = true
    } else window.history.replaceState(null, '', urlFor(q))
    clearTimeout(timer.current)
    // A pause in typing commits the query, so Back returns to it.
    timer.current = setTimeout(() => {
      draft.current = false
      pushed.current = q
    }, 900)
  }

  const pick = (hit: Hit) => {
    draft.current = false
    pushed.current = query
    openFaq(hit.href.split('#')[1] ?? '')
  }

  const onLinkKey = (e: React.KeyboardEvent<HTMLAnchorElement>, i: number) => {
    if (moveInResults(e.key, i, links.current, hits.length, input.current)) e.preventDefault()
  }

  return (
    <div className="faq-search no-print" role="search" data-faq-search="">
      <label htmlFor="faq-search-input" className="search-label">
        Search the questions
      </label>
      <p id="faq-search-hint" className="search-hint">
        Type a word or a question, like &ldquo;bruising&rdquo; or &ldquo;does it hurt&rdquo;. Press / to jump here, and the down arrow to
        move through results.
      </p>
      <input
        ref={input}
        id="faq-search-input"
        className="search-input search-input-wide"
        type="search"
        value={query}
        disabled={!ready}
        maxLength={500}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        aria-describedby="faq-search-hint"
        aria-controls="faq-search-results"
        onFocus={() => void loadSearch('faq').catch(() => undefined)}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && hits.length) {
            e.preventDefault()
            links.current[0]?.focus()
          } else if (e.key === 'Enter' && hits[0]) {
            e.preventDefault()
            pick(hits[0])
            window.location.hash = hits[0].href.split('#')[1] ?? ''
          }
        }}
      />
      <p role="status" aria-live="polite" className="search-status">
        {status}
      </p>
      <div id="faq-search-results">
        {hits.length > 0 && highlight ? (
          <SearchResults
            hits={hits}
            label="Search results"
            highlight={highlight.fn}
            onPick={pick}
            onKeyDown={onLinkKey}
            linkRef={(i, el) => {
              links.current[i] = el
            }}
          />
        ) : null}
      </div>
    </div>
  )
}
