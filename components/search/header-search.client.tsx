'use client'
import { useEffect, useId, useRef, useState } from 'react'
import type { Hit, Part } from '@/lib/search/match'
import { isTyping, loadSearch, moveInResults } from '@/lib/search/client'
import { SearchResults } from './search-results'

type Highlight = (text: string, matched: readonly string[]) => Part[]

/**
 * Site-wide search of FAQ answers and article sections, grouped by kind. Without JavaScript the
 * form sends the query to /faq/?q=…, where the FAQ search shows the results.
 */
export function HeaderSearch() {
  const id = useId()
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<Hit[]>([])
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState('')
  const [highlight, setHighlight] = useState<{ fn: Highlight } | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const box = useRef<HTMLFormElement>(null)
  const links = useRef<(HTMLAnchorElement | null)[]>([])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !isTyping(e) && !e.ctrlKey && !e.metaKey && !e.altKey && !document.querySelector('[data-faq-search]')) {
        e.preventDefault()
        input.current?.focus()
      }
    }
    const onDown = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('mousedown', onDown)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('mousedown', onDown)
    }
  }, [])

  const run = async (q: string) => {
    setQuery(q)
    if (!q.trim()) {
      setHits([])
      setStatus('')
      return
    }
    try {
      const { engine, index } = await loadSearch('site')
      const all = engine.search(index, q, { limit: 40 })
      // Up to six of each kind, so both groups show when both match.
      const found = [...all.filter((h) => h.kind === 'faq').slice(0, 6), ...all.filter((h) => h.kind === 'section').slice(0, 6)]
      setHighlight({ fn: engine.highlight })
      setHits(found)
      setOpen(true)
      setStatus(found.length ? `${found.length} result${found.length === 1 ? '' : 's'}.` : 'No results. Press Enter to search the questions page.')
    } catch {
      setStatus('Search could not load.')
    }
  }

  const faqs = hits.filter((h) => h.kind === 'faq')
  const sections = hits.filter((h) => h.kind === 'section')
  const ordered = [...faqs, ...sections]

  const onLinkKey = (e: React.KeyboardEvent<HTMLAnchorElement>, i: number) => {
    if (e.key === 'Escape') setOpen(false)
    if (moveInResults(e.key, i, links.current, ordered.length, input.current)) e.preventDefault()
  }

  return (
    <form
      ref={box}
      role="search"
      action="/faq/"
      method="get"
      className="header-search"
      onSubmit={(e) => {
        const first = ordered[0]
        if (first) {
          e.preventDefault()
          window.location.assign(first.href)
        }
      }}
    >
      <label htmlFor={`${id}-q`} className="sr-only">
        Search questions and articles
      </label>
      <input
        ref={input}
        id={`${id}-q`}
        name="q"
        type="search"
        placeholder="Search"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={500}
        value={query}
        aria-controls={`${id}-results`}
        onFocus={() => {
          void loadSearch('site').catch(() => undefined)
          if (hits.length) setOpen(true)
        }}
        onChange={(e) => void run(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && ordered.length) {
            e.preventDefault()
            setOpen(true)
            links.current[0]?.focus()
          } else if (e.key === 'Escape') setOpen(false)
        }}
      />
      <button type="submit" className="header-button">
        Search
      </button>
      <p role="status" aria-live="polite" className="sr-only">
        {status}
      </p>
      <div id={`${id}-results`} className="header-results" hidden={!open || !hits.length}>
        {open && highlight && hits.length ? (
          <div role="group" aria-label="Search results">
            {faqs.length ? (
              <>
                <p className="header-results-kind">Questions</p>
                <SearchResults hits={faqs} label="Questions" highlight={highlight.fn} onKeyDown={onLinkKey} linkRef={(i, el) => (links.current[i] = el)} />
              </>
            ) : null}
            {sections.length ? (
              <>
                <p className="header-results-kind">Article sections</p>
                <SearchResults
                  hits={sections}
                  label="Article sections"
                  highlight={highlight.fn}
                  onKeyDown={onLinkKey}
                  offset={faqs.length}
                  linkRef={(i, el) => (links.current[i] = el)}
                />
              </>
            ) : null}
          </div>
        ) : null}
      </div>
    </form>
  )
}
