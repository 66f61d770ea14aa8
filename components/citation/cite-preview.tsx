/**
 * The one shared citation preview of a page: a native popover, filled and placed by the
 * cite-preview island when a marker is hovered, tapped or activated. Without JavaScript it is
 * never shown and markers jump to the reference list.
 */
import { defaultLocaleCode, getIslandText } from '@/lib/content'

export function CitePreview({ locale = defaultLocaleCode() }: { locale?: string }) {
  const t = getIslandText(locale).citePreview
  return (
    <div
      id="cite-preview"
      popover="auto"
      role="dialog"
      aria-labelledby="cite-preview-title"
      className="cite-preview"
      tabIndex={-1}
      data-island="cite-preview"
      data-text={JSON.stringify({ title: t.title })}
    >
      <p className="cite-preview-head">
        <strong id="cite-preview-title" data-title="">
          {t.heading}
        </strong>
        <button type="button" className="cite-preview-close" data-close="">
          {t.close}
          <span className="sr-only"> {t.closeHidden}</span>
        </button>
      </p>
      <div className="cite-preview-body" data-body="" />
      <p>
        <a href="#references" data-goto="">
          {t.goto}
        </a>
      </p>
    </div>
  )
}
