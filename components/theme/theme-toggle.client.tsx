'use client'
import { useSyncExternalStore } from 'react'

type Theme = 'light' | 'dark'

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  return () => observer.disconnect()
}
const current = (): Theme => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light')

/**
 * Switches light/dark and remembers the choice in localStorage (no cookies). Rendered on the server
 * so the header does not shift when it hydrates; hidden by CSS when JavaScript is off.
 */
export function ThemeToggle() {
  const theme = useSyncExternalStore<Theme>(subscribe, current, () => 'light')
  const next: Theme = theme === 'dark' ? 'light' : 'dark'
  return (
    <button
      type="button"
      className="header-button theme-toggle"
      aria-pressed={theme === 'dark'}
      onClick={() => {
        document.documentElement.dataset.theme = next
        try {
          localStorage.setItem('theme', next)
        } catch {
          /* storage may be blocked; the switch still works for this page */
        }
      }}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☾' : '☀'}</span> Dark mode
    </button>
  )
}
