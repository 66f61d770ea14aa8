'use client'
import { useEffect, useRef } from 'react'

/**
 * One in-place preview for every citation marker on the page. Markers stay plain links to their
 * reference entry, so without JavaScript they jump there. With it, activating a marker copies that
 * entry's citation (type, note, DOI/PubMed links) into a native popover next to the marker;
 * Escape, a click outside or "Close" shut it and focus returns to the marker.
 */
export function CitePreview() {
  const pop = useRef<HTMLDivElement>(null)
  const title = useRef<HTMLElement>(null)
  const body = useRef<HTMLDivElement>(null)
  const goto = useRef<HTMLAnchorElement>(null)
  /** The marker that opened the preview; focus returns there on close. */
  const opener = useRef<HTMLElement | null>(null)

  useEffect(() => {
    const el = pop.current
    if (!el) return

    const place = (marker: HTMLElement) => {
      const r = marker.getBoundingClientRect()
      const vw = document.documentElement.clientWidth
      const vh = window.innerHeight
      const w = Math.min(el.offsetWidth, vw - 16)
      el.style.left = `${Math.max(8, Math.min(r.left - 16, vw - w - 8))}px`
      const h = el.offsetHeight
      const below = r.bottom + 8
      el.style.top = below + h <= vh - 8 || r.top - h - 8 < 8 ? `${Math.min(below, Math.max(8, vh - h - 8))}px` : `${r.top - h - 8}px`
    }

    const open = (marker: HTMLAnchorElement) => {
      const hash = marker.getAttribute('href') ?? ''
      const entry = hash.startsWith('#') ? document.getElementById(hash.slice(1)) : null
      const citation = entry?.querySelector('.ref-body')
      if (!entry || !citation || !body.current || !title.current || !goto.current) return false
      if (el.matches(':popover-open')) el.hidePopover()
      body.current.replaceChildren(...[...citation.childNodes].map((n) => n.cloneNode(true)))
      title.current.textContent = `Source ${entry.getAttribute('value') ?? ''}`
      goto.current.setAttribute('href', hash)
      opener.current = marker
      el.showPopover()
      place(marker)
      el.focus({ preventScroll: true })
      return true
    }

    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
      const target = e.target as Element | null
      const marker = target?.closest<HTMLAnchorElement>('a[data-cite]')
      if (marker && typeof el.showPopover === 'function' && open(marker)) e.preventDefault()
    }

    const onToggle = (e: Event) => {
      if ((e as ToggleEvent).newState === 'closed' && opener.current) {
        const back = opener.current
        opener.current = null
        back.focus({ preventScroll: true })
      }
    }

    const onMove = () => {
      if (opener.current && el.matches(':popover-open')) place(opener.current)
    }

    document.addEventListener('click', onClick)
    el.addEventListener('toggle', onToggle)
    window.addEventListener('resize', onMove)
    window.addEventListener('scroll', onMove, { passive: true })
    document.documentElement.dataset.citePreview = 'ready'
    return () => {
      document.removeEventListener('click', onClick)
      el.removeEventListener('toggle', onToggle)
      window.removeEventListener('resize', onMove)
      window.removeEventListener('scroll', onMove)
    }
  }, [])

  return (
    <div ref={pop} id="cite-preview" popover="auto" role="dialog" aria-labelledby="cite-preview-title" className="cite-preview" tabIndex={-1}>
      <p className="cite-preview-head">
        <strong id="cite-preview-title" ref={title}>
          Source
        </strong>
        <button type="button" className="cite-preview-close" onClick={() => pop.current?.hidePopover()}>
          Close<span className="sr-only"> source preview</span>
        </button>
      </p>
      <div ref={body} className="cite-preview-body" />
      <p>
        <a
          ref={goto}
          href="#references"
          onClick={() => {
            // Go on to the entry itself: focus should not jump back to the marker.
            opener.current = null
            pop.current?.hidePopover()
          }}
        >
          Go to the reference list entry
        </a>
      </p>
    </div>
  )
}
