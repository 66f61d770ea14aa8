/**
 * Site-wide search form in the header (the header-search island searches as you type). Without
 * JavaScript it sends the query to the language's /faq/?q=…, where a note explains how to search
 * that page. The island reads its index URL (data-index) and its words (data-text) from here.
 */
import { defaultLocaleCode, getIslandText, getLocale, withPrefix } from '@/lib/content'
import { searchIndexPath } from '@/lib/search/paths'

export function HeaderSearch({ locale = defaultLocaleCode() }: { locale?: string }) {
  const l = getLocale(locale)
  const t = getIslandText(locale).headerSearch
  const text = { results: t.results, questions: t.questions, sections: t.sections, count: t.count, none: t.none, error: t.error }
  return (
    <form
      role="search"
      aria-label={t.region}
      action={withPrefix(l, '/faq/')}
      method="get"
      className="header-search"
      data-island="header-search"
      data-index={searchIndexPath(l, 'site')}
      data-text={JSON.stringify(text)}
    >
      <label htmlFor="site-search" className="sr-only">
        {t.label}
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        placeholder={t.placeholder}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={500}
        aria-controls="site-search-results"
      />
      <button type="submit" className="header-button">
        {t.button}
      </button>
      <p role="status" aria-live="polite" className="sr-only" />
      <div id="site-search-results" className="header-results" hidden />
    </form>
  )
}
