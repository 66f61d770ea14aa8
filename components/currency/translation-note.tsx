import { getContent, type Content, type TranslationRecord } from '@/lib/content'
import { fill } from '@/lib/content/ui'
import { formatDate } from '@/lib/dates'

/** The English page (article, answer or options page) a translation record points to. */
function englishPage(record: TranslationRecord): { href: string; updated: string } | undefined {
  const en = getContent()
  const page =
    en.articles.find((a) => a.file === record.englishFile) ??
    en.faqs.find((f) => f.file === record.englishFile) ??
    (en.options?.goals ?? []).find((g) => g.file === record.englishFile)
  // Its latest change: the newest change-log entry, else its review date.
  return page ? { href: page.href, updated: page.changes[0]?.date ?? page.reviewed } : undefined
}

/**
 * On a translated page whose English original changed after it was translated: a visible note with the
 * date of the English change, until the translation records the new English version (sourceHash).
 */
export function TranslationNote({ page, content }: { page: { translation?: TranslationRecord }; content: Content }) {
  if (!page.translation?.stale) return null
  const english = englishPage(page.translation)
  const en = getContent()
  return (
    <p className="overdue-note translation-note" role="note">
      <strong>{content.ui.language.staleTitle}:</strong>{' '}
      {fill(content.ui.language.stale, { date: english ? formatDate(english.updated, content.locale.lang) : '' })}
      {english ? (
        <>
          {' '}
          <a href={english.href} hrefLang={en.locale.lang} lang={en.locale.lang}>
            {en.ui.language.switchTo}
          </a>
        </>
      ) : null}
    </p>
  )
}
