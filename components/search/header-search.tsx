/**
 * Site-wide search form in the header (the header-search island searches as you type). Without
 * JavaScript it sends the query to /faq/?q=…, where a note explains how to search that page.
 */
export function HeaderSearch() {
  return (
    <form role="search" aria-label="Whole site" action="/faq/" method="get" className="header-search" data-island="header-search">
      <label htmlFor="site-search" className="sr-only">
        Search questions and articles
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        placeholder="Search"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={500}
        aria-controls="site-search-results"
      />
      <button type="submit" className="header-button">
        Search
      </button>
      <p role="status" aria-live="polite" className="sr-only" />
      <div id="site-search-results" className="header-results" hidden />
    </form>
  )
}
