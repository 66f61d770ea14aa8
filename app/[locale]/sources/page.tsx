import type { Metadata } from 'next'
import Link from 'next/link'
import { PageTop } from '@/components/layout/page-top'
import { SourceCitation } from '@/components/citation/source-citation'
import { getContent, SOURCE_TYPES } from '@/lib/content'
import { fill, plural } from '@/lib/content/ui'
import { pageMetadata } from '@/lib/page-metadata'

type Params = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params
  const { ui, locale: l } = getContent(locale)
  return pageMetadata(locale, `${l.prefix}/sources/`, { title: ui.sourcesPage.title, description: ui.sourcesPage.description })
}

export default async function SourcesPage({ params }: Params) {
  const { locale } = await params
  const content = getContent(locale)
  const { sources, citedBy, ui } = content
  const p = content.locale.prefix
  const t = ui.sourcesPage
  const groups = SOURCE_TYPES.map((type) => ({ type, items: sources.filter((s) => s.type === type) })).filter((g) => g.items.length)
  return (
    <>
      <PageTop content={content} path={`${p}/sources/`} crumbs={[{ href: `${p}/`, label: ui.nav.home }, { label: ui.nav.sources }]} />
      <h1 className="page-title">{t.title}</h1>
      <p className="lead">
        {fill(t.lead, { count: sources.length })}{' '}
        <Link href={`${p}/about/sources/`} prefetch={false}>
          {t.howWeRate}
        </Link>
        .
      </p>
      <nav aria-label={t.kindsLabel} className="box no-print">
        <h2>{t.jump}</h2>
        <ul>
          {groups.map((g) => (
            <li key={g.type}>
              <a href={`#group-${g.type}`}>
                {ui.sourceTypes[g.type].plural} ({g.items.length})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.type} aria-labelledby={`group-${g.type}`}>
          <h2 id={`group-${g.type}`} className="section-title">
            {ui.sourceTypes[g.type].plural}
          </h2>
          <p>{ui.sourceTypes[g.type].meaning}</p>
          <ul className="source-list">
            {g.items.map((s) => {
              const places = citedBy.get(s.id) ?? []
              return (
                <li key={s.id} id={s.id} className="source-entry">
                  <SourceCitation source={s} ui={ui} />
                  {places.length ? (
                    <details className="cited-on">
                      <summary>
                        {plural(t.citedOn, places.length, content.locale.lang)}
                        <span className="sr-only">: {s.title}</span>
                      </summary>
                      <ul>
                        {places.map((pl) => (
                          <li key={pl.href}>
                            <a href={pl.href}>
                              {pl.kind === 'faq' ? `${t.question} ` : ''}
                              {pl.label}
                            </a>
                          </li>
                        ))}
                      </ul>
                    </details>
                  ) : (
                    <p className="ref-note">
                      {t.notCited} {s.uncited}
                    </p>
                  )}
                </li>
              )
            })}
          </ul>
        </section>
      ))}
    </>
  )
}
