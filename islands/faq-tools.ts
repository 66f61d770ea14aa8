/**
 * FAQ page helpers: opens the answer named in the URL (#slug) on load and on hash change (the
 * browser already does this without JavaScript); "Expand all" / "Collapse all"; "Print all"
 * opens every answer for printing and closes them again afterwards. The buttons are hidden
 * without JavaScript.
 */
import { openFaq } from '@/components/faq/open-faq'
import { textOf } from '@/lib/ui/island-text'

const all = () => document.querySelectorAll<HTMLDetailsElement>('details[data-faq]')

function fromHash() {
  let id = ''
  try {
    id = decodeURIComponent(window.location.hash.slice(1))
  } catch {
    id = ''
  }
  openFaq(id)
}

function enhance(root: HTMLElement) {
  const toggle = root.querySelector<HTMLButtonElement>('[data-expand]')
  const print = root.querySelector<HTMLButtonElement>('[data-print]')
  const t = toggle ? textOf<{ expand: string; collapse: string }>(toggle) : {}
  toggle?.addEventListener('click', () => {
    const next = toggle.dataset.expand !== 'open'
    all().forEach((d) => (d.open = next))
    toggle.dataset.expand = next ? 'open' : ''
    const label = next ? t.collapse : t.expand
    if (label) toggle.textContent = label
  })
  print?.addEventListener('click', () => window.print())
}

const opened = new Set<HTMLDetailsElement>()
window.addEventListener('beforeprint', () => {
  all().forEach((d) => {
    if (!d.open) {
      d.open = true
      opened.add(d)
    }
  })
})
window.addEventListener('afterprint', () => {
  opened.forEach((d) => (d.open = false))
  opened.clear()
})
window.addEventListener('hashchange', fromHash)
fromHash()
document.querySelectorAll<HTMLElement>('[data-island="faq-tools"]').forEach(enhance)
document.documentElement.dataset.faqReady = 'true'
