import { PageTop } from '@/components/layout/page-top'
import { SourceBadge } from '@/components/citation/source-badge'
import { RichText } from '@/components/tool/rich-text'
import { fillLabel, getContent, SOURCE_TYPES } from '@/lib/content'
import { getAboutPages } from '@/lib/content/pages'
import { localizeHref } from '@/lib/content/links'

/** /about/sources/: how we rate each kind of source; words from content/<locale>/pages/about-sources.yaml. */
export function AboutSourcesPage({ locale }: { locale: string }) {
  const content = getContent(locale)
  const { sources, ui } = content
  const t = getAboutPages(locale).aboutSources
  return (
    <>
      <PageTop
        content={content}
        path={localizeHref(locale, '/about/sources/')}
        crumbs={[{ href: localizeHref(locale, '/'), label: t.home }, { href: localizeHref(locale, '/about/'), label: t.about }, { label: t.breadcrumb }]}
      />
      <div className="prose prose-site">
        <h1>{t.heading}</h1>
        <p className="lead">{t.lead}</p>
        <p>{t.order}</p>
        <ol>
          {SOURCE_TYPES.map((type) => {
            const info = ui.sourceTypes[type]
            const count = sources.filter((s) => s.type === type).length
            return (
              <li key={type} id={`type-${type}`}>
                <p>
                  <SourceBadge type={type} ui={ui} /> <strong>{info.plural}</strong> {fillLabel(t.count, { count })}
                </p>
                <p>{info.meaning}</p>
                <p>
                  <em>{t.weight}</em> {info.weight}
                </p>
              </li>
            )
          })}
        </ol>
        <h2 id="interests">{t.interests.heading}</h2>
        <p>
          <RichText text={t.interests.text} locale={locale} />
        </p>
      </div>
    </>
  )
}
