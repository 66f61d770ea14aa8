/** "Print this …" button (the print-button island). Printing from a button needs JavaScript, so it is hidden without it. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="tool-button no-print js-only" data-island="print-button">
      {label}
    </button>
  )
}
