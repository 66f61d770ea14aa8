/**
 * The FAQ search box (the faq-search island does the searching). Hidden without JavaScript; a
 * note then says how to find words with the browser instead, so no dead box is shown.
 */
export function FaqSearch() {
  return (
    <>
      <div className="faq-search no-print js-only" role="search" aria-label="Questions on this page" data-island="faq-search">
        <label htmlFor="faq-search-input" className="search-label">
          Search the questions
        </label>
        <p id="faq-search-hint" className="search-hint">
          Type a word or a question, like &ldquo;bruising&rdquo; or &ldquo;does it hurt&rdquo;.
          <span className="kbd-hint"> Press / to jump here, and the down arrow to move through results.</span>
        </p>
        <input
          id="faq-search-input"
          className="search-input search-input-wide"
          type="search"
          name="q"
          maxLength={500}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-describedby="faq-search-hint"
          aria-controls="faq-search-results"
        />
        <p role="status" aria-live="polite" className="search-status" />
        <div id="faq-search-results" data-results="" />
      </div>
      <noscript>
        <p className="box faq-noscript no-print">
          <strong>Searching this page needs JavaScript, which is off in your browser.</strong> To find a word, use your browser&rsquo;s{' '}
          <em>Find in page</em> (Ctrl+F, or &#8984;+F on a Mac; on a phone it is in the browser menu). It also looks inside closed answers.
          Or browse the topics below.
        </p>
      </noscript>
    </>
  )
}
