'use client'
import { useEffect } from 'react'

/**
 * Turns citation markers into in-place previews. Markers stay plain links (to the reference
 * entry) without JavaScript. With it, activating a marker opens the source's popover next to
 * the marker; Escape, a click outside or "Close" shut it and focus returns to the marker.
 */
export function CitePreview() {
  useEffect(() => {
    let opener: HTMLElement | null = null

    const place = (pop: HTMLElement, marker: HTMLElement) => {
      const r = marker.getBoundingClientRect()
      const vw = document.documentElement.clientWidth
      const vh = window.innerHeight
      const w = Math.min(pop.offsetWidth, vw - 16)
      const left = Math.max(8, Math.min(r.left - 16, vw - w - 8))
      pop.style.left = `${left}px`
      const below = r.bottom + 8
      const h = pop.offsetHeight
      pop.style.top = below + h <= vh - 8 || r.top - h - 8 < 8 ? `${Math.min(below, Math.max(8, vh - h - 8))}px` : `${r.top - h - 8}px`
    }

    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
      const target = e.target as Element | null
      const marker = target?.closest<HTMLAnchorElement>('a[data-preview]')
      if (marker) {
        const pop = document.getElementById(marker.dataset.preview ?? '')
        if (!pop || typeof pop.showPopover !== 'function') return // old browser: follow the link
        e.preventDefault()
        if (pop.matches(':popover-open')) pop.hidePopover()
        opener = marker
        pop.showPopover()
        place(pop, marker)
        pop.focus({ preventScroll: true })
        return
      }
      const close = target?.closest('[data-close-preview]')
      if (close) close.closest<HTMLElement>('[popover]')?.hidePopover()
      const goto = target?.closest('[data-goto-ref]')
      if (goto) {
        opener = null
        goto.closest<HTMLElement>('[popover]')?.hidePopover()
      }
    }

    const onToggle = (e: Event) => {
      const pop = e.target as HTMLElement
      if (!pop.classList?.contains('cite-preview')) return
      if ((e as ToggleEvent).newState === 'closed' && opener) {
        const back = opener
        opener = null
        back.focus({ preventScroll: true })
      }
    }

    const onResize = () => {
      const open = document.querySelector<HTMLElement>('.cite-preview:popover-open')
      if (open && opener) place(open, opener)
    }

    document.addEventListener('click', onClick)
    document.documentElement.dataset.citePreview = 'ready'
    document.addEventListener('toggle', onToggle, true)
    window.addEventListener('resize', onResize)
    window.addEventListener('scroll', onResize, { passive: true })
    return () => {
      document.removeEventListener('click', onClick)
      document.removeEventListener('toggle', onToggle, true)
      window.removeEventListener('resize', onResize)
      window.removeEventListener('scroll', onResize)
    }
  }, [])
  return null
}
