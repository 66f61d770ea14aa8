/** "Expand all" and "Print all" for the FAQ (the faq-tools island); hidden without JavaScript. */
export function FaqTools() {
  return (
    <div className="faq-tools no-print js-only" data-island="faq-tools">
      <button type="button" className="header-button" data-expand="">
        Expand all answers
      </button>{' '}
      <button type="button" className="header-button" data-print="">
        Print all answers
      </button>
    </div>
  )
}
