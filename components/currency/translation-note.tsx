import { getArticleByKey, getContent, type Content, type TranslationRecord } from '@/lib/content'
import { fill } from '@/lib/content/ui'
import { formatDate } from '@/lib/dates'

interface Translated {
  translation?: TranslationRecord
  key?: string
}

/** The English page's latest change date (its newest change-log entry, else its review date). */
function englishUpdated(record: TranslationRecord): string | undefined {
  const en = getContent()
  const page =
    en.articles.find((a) => a.file === record.englishFile) ??
    en.faqs.find((f) => f.file === record.englishFile) ??
    (en.options?.goals ?? []).find((g) => g.file === record.englishFile)
  return page ? (page.changes[0]?.date ?? page.reviewed) : undefined
}

/**
 * On a translated page whose English original changed after it was translated: a visible note with the
 * date of the English change, until the translation records the new English version (sourceHash).
 */
export function TranslationNote({ page, content }: { page: Translated; content: Content }) {
  if (!page.translation?.stale) return null
  const date = englishUpdated(page.translation)
  const english = page.key ? getArticleByKey(page.key) : undefined
  return (
    <p className="overdue-note translation-note" role="note">
      <strong>{content.ui.language.staleTitle}:</strong>{' '}
      {fill(content.ui.language.stale, { date: date ? formatDate(date, content.locale.lang) : '' })}
      {english ? (
        <>
          {' '}
          <a href={english.href} hrefLang={getContent().locale.lang} lang={getContent().locale.lang}>
            {getContent().ui.language.switchTo}
          </a>
        </>
      ) : null}
    </p>
  )
}
