'use client'
import { useEffect, useState } from 'react'
import { openFaq } from './open-faq'

/**
 * Opens the answer named in the URL (#slug), on load and on hash change; adds "expand all" /
 * "collapse all"; opens every answer for printing.
 */
export function FaqEnhancer() {
  const [allOpen, setAllOpen] = useState(false)
  useEffect(() => {
    const fromHash = () => {
      let id = ''
      try {
        id = decodeURIComponent(window.location.hash.slice(1))
      } catch {
        id = ''
      }
      // A citation anchor inside an answer opens that answer too.
      const target = id ? document.getElementById(id) : null
      const details = target?.closest('details[data-faq]')
      if (details instanceof HTMLDetailsElement && details.id !== id) {
        details.open = true
        target?.scrollIntoView({ block: 'center' })
      } else openFaq(id)
    }
    fromHash()
    window.addEventListener('hashchange', fromHash)
    const opened = new Set<HTMLDetailsElement>()
    const beforePrint = () => {
      document.querySelectorAll<HTMLDetailsElement>('details[data-faq]:not([open])').forEach((d) => {
        d.open = true
        opened.add(d)
      })
    }
    const afterPrint = () => {
      opened.forEach((d) => (d.open = false))
      opened.clear()
    }
    window.addEventListener('beforeprint', beforePrint)
    window.addEventListener('afterprint', afterPrint)
    document.documentElement.dataset.faqReady = 'true'
    return () => {
      window.removeEventListener('hashchange', fromHash)
      window.removeEventListener('beforeprint', beforePrint)
      window.removeEventListener('afterprint', afterPrint)
    }
  }, [])

  const toggleAll = () => {
    const next = !allOpen
    document.querySelectorAll<HTMLDetailsElement>('details[data-faq]').forEach((d) => (d.open = next))
    setAllOpen(next)
  }

  return (
    <div className="faq-tools no-print">
      <button type="button" className="header-button" onClick={toggleAll} aria-pressed={allOpen}>
        {allOpen ? 'Collapse all answers' : 'Expand all answers'}
      </button>{' '}
      <button type="button" className="header-button" onClick={() => window.print()}>
        Print all answers
      </button>
    </div>
  )
}
