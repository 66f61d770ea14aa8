/** "Expand all" and "Print all" for the FAQ (the faq-tools island); hidden without JavaScript. */
import { defaultLocaleCode, getIslandText } from '@/lib/content'

export function FaqTools({ locale = defaultLocaleCode() }: { locale?: string }) {
  const t = getIslandText(locale).faqTools
  return (
    <div className="faq-tools no-print js-only" data-island="faq-tools">
      <button type="button" className="header-button" data-expand="" data-text={JSON.stringify({ expand: t.expand, collapse: t.collapse })}>
        {t.expand}
      </button>{' '}
      <button type="button" className="header-button" data-print="">
        {t.print}
      </button>
    </div>
  )
}
