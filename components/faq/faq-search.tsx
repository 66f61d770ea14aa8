/**
 * The FAQ search box (the faq-search island does the searching). Hidden without JavaScript; a
 * note then says how to find words with the browser instead, so no dead box is shown. The island
 * reads its index URL (data-index) and its words (data-text) from here.
 */
import { defaultLocaleCode, getIslandText, getLocale } from '@/lib/content'
import { searchIndexPath } from '@/lib/search/paths'

export function FaqSearch({ locale = defaultLocaleCode() }: { locale?: string }) {
  const t = getIslandText(locale).faqSearch
  const text = { results: t.results, count: t.count, none: t.none, error: t.error }
  return (
    <>
      <div
        className="faq-search no-print js-only"
        role="search"
        aria-label={t.region}
        data-island="faq-search"
        data-index={searchIndexPath(getLocale(locale), 'faq')}
        data-text={JSON.stringify(text)}
      >
        <label htmlFor="faq-search-input" className="search-label">
          {t.label}
        </label>
        <p id="faq-search-hint" className="search-hint">
          {t.hint}
          <span className="kbd-hint"> {t.keys}</span>
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
          <strong>{t.noscript.strong}</strong> {t.noscript.before} <em>{t.noscript.command}</em> {t.noscript.after}
        </p>
      </noscript>
    </>
  )
}
