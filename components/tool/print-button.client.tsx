'use client'
import { useHydrated } from './use-hydrated'

/** "Print this …" button. Printing needs JavaScript, so without it the button is not shown. */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useHydrated()
  if (!hydrated) return null
  return (
    <button type="button" className="tool-button no-print" onClick={() => window.print()}>
      {label}
    </button>
  )
}
