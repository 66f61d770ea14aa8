/**
 * One shared in-place preview (a native popover) for every citation marker on the page. Markers
 * stay plain links to their reference entry, so without JavaScript they jump there. With it:
 *  - click, tap or Enter opens the preview next to the marker and moves focus into it;
 *  - hovering with a mouse opens it after a short pause without moving focus;
 *  - Escape, Close or a click outside shut it and focus returns to the marker;
 *  - Tab past the last link (or Shift+Tab before the first) closes it and returns to the marker,
 *    so focus never wanders off with the preview left open;
 *  - "Go to the reference list entry" moves focus to that entry.
 */
import { fill, textOf } from '@/lib/ui/island-text'

const HOVER_OPEN_MS = 350
const HOVER_CLOSE_MS = 300

function enhance(pop: HTMLElement) {
  const title = pop.querySelector<HTMLElement>('[data-title]')
  const body = pop.querySelector<HTMLElement>('[data-body]')
  const goto = pop.querySelector<HTMLAnchorElement>('[data-goto]')
  const closeButton = pop.querySelector<HTMLButtonElement>('[data-close]')
  if (!title || !body || !goto || typeof pop.showPopover !== 'function') return
  /** "Source {n}" in the page's language (content/islands.yaml, citePreview.title). */
  const titleText = textOf<{ title: string }>(pop).title
  /** The marker that opened the preview; focus returns there on close (unless null). */
  let opener: HTMLElement | null = null
  let returnFocus = true
  let hoverTimer: ReturnType<typeof setTimeout> | undefined

  const isOpen = () => pop.matches(':popover-open')

  const place = (marker: HTMLElement) => {
    const r = marker.getBoundingClientRect()
    const vw = document.documentElement.clientWidth
    const vh = window.innerHeight
    const w = Math.min(pop.offsetWidth, vw - 16)
    pop.style.left = `${Math.max(8, Math.min(r.left - 16, vw - w - 8))}px`
    const h = pop.offsetHeight
    const below = r.bottom + 8
    pop.style.top = below + h <= vh - 8 || r.top - h - 8 < 8 ? `${Math.max(8, Math.min(below, vh - h - 8))}px` : `${r.top - h - 8}px`
  }

  const open = (marker: HTMLAnchorElement, focus: boolean) => {
    const hash = marker.getAttribute('href') ?? ''
    const entry = hash.startsWith('#') ? document.getElementById(hash.slice(1)) : null
    const citation = entry?.querySelector('.ref-body')
    if (!entry || !citation) return false
    if (isOpen()) {
      returnFocus = false
      pop.hidePopover()
    }
    body.replaceChildren(...[...citation.childNodes].map((n) => n.cloneNode(true)))
    title.textContent = fill(titleText, { n: entry.getAttribute('value') ?? '' })
    goto.setAttribute('href', hash)
    opener = marker
    returnFocus = focus
    pop.dataset.hover = focus ? '' : 'true'
    pop.showPopover()
    place(marker)
    if (focus) pop.focus({ preventScroll: true })
    return true
  }

  const close = (back: boolean) => {
    returnFocus = back
    if (isOpen()) pop.hidePopover()
  }

  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    const marker = (e.target as Element | null)?.closest<HTMLAnchorElement>('a[data-cite]')
    if (marker && open(marker, true)) e.preventDefault()
  })

  // Hover with a mouse (or pen): open after a pause, close when the pointer leaves both.
  const cancelHover = () => clearTimeout(hoverTimer)
  document.addEventListener('pointerover', (e) => {
    if (e.pointerType === 'touch') return
    const marker = (e.target as Element | null)?.closest<HTMLAnchorElement>('a[data-cite]')
    if (!marker) return
    cancelHover()
    if (opener === marker && isOpen()) return
    hoverTimer = setTimeout(() => {
      // Never replace a preview the reader opened on purpose (focus is inside it).
      if (isOpen() && pop.dataset.hover !== 'true') return
      open(marker, false)
    }, HOVER_OPEN_MS)
  })
  document.addEventListener('pointerout', (e) => {
    if (e.pointerType === 'touch') return
    const from = (e.target as Element | null)?.closest('a[data-cite]')
    const to = e.relatedTarget as Node | null
    if (!from && !pop.contains(e.target as Node)) return
    if (to && (pop.contains(to) || (to instanceof Element && to.closest('a[data-cite]') === opener))) return
    cancelHover()
    if (pop.dataset.hover === 'true') hoverTimer = setTimeout(() => close(false), HOVER_CLOSE_MS)
  })
  pop.addEventListener('pointerover', cancelHover)

  pop.addEventListener('toggle', (e) => {
    if ((e as ToggleEvent).newState !== 'closed') return
    const back = opener
    opener = null
    if (back && returnFocus && pop.dataset.hover !== 'true') back.focus({ preventScroll: true })
  })

  pop.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return
    const items = [...pop.querySelectorAll<HTMLElement>('a[href], button')]
    const first = items[0]
    const last = items[items.length - 1]
    const active = document.activeElement
    if ((!e.shiftKey && active === last) || (e.shiftKey && (active === first || active === pop))) {
      e.preventDefault()
      close(true)
    }
  })
  // Focus moving elsewhere another way (a screen reader, a click) closes the preview.
  pop.addEventListener('focusout', (e) => {
    const next = e.relatedTarget as Node | null
    if (next && !pop.contains(next) && next !== opener) close(false)
  })

  closeButton?.addEventListener('click', () => close(true))
  goto.addEventListener('click', (e) => {
    const hash = goto.getAttribute('href') ?? ''
    const entry = hash.startsWith('#') ? document.getElementById(hash.slice(1)) : null
    if (!entry || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    e.preventDefault()
    close(false)
    // A real fragment navigation (scroll, :target, history), then focus the entry itself.
    window.location.hash = hash
    if (!entry.hasAttribute('tabindex')) entry.setAttribute('tabindex', '-1')
    entry.focus({ preventScroll: true })
  })

  const follow = () => {
    if (opener && isOpen()) place(opener)
  }
  window.addEventListener('resize', follow)
  window.addEventListener('scroll', follow, { passive: true })
  document.documentElement.dataset.citePreview = 'ready'
}

document.querySelectorAll<HTMLElement>('[data-island="cite-preview"]').forEach(enhance)
