'use client'
import { useEffect, useState } from 'react'

type Theme = 'light' | 'dark'

/** Switches light/dark and remembers the choice in localStorage (no cookies). Hidden without JavaScript. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null)
  useEffect(() => {
    setTheme(document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light')
  }, [])
  if (theme === null) return null
  const next: Theme = theme === 'dark' ? 'light' : 'dark'
  return (
    <button
      type="button"
      className="header-button"
      aria-pressed={theme === 'dark'}
      onClick={() => {
        document.documentElement.dataset.theme = next
        try {
          localStorage.setItem('theme', next)
        } catch {
          /* storage may be blocked; the switch still works for this page */
        }
        setTheme(next)
      }}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☾' : '☀'}</span> Dark mode
    </button>
  )
}
