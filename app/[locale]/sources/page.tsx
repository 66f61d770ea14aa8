import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { SourceCitation } from '@/components/citation/source-citation'
import { getContent, SOURCE_TYPES, SOURCE_TYPE_INFO } from '@/lib/content'

export const metadata: Metadata = {
  title: 'All sources',
  description: 'Every source this site cites, grouped by kind, with notes on who wrote it and links to every page that cites it.',
  alternates: { canonical: '/sources/' },
}

export default function SourcesPage() {
  const { sources, citedBy } = getContent()
  const groups = SOURCE_TYPES.map((type) => ({ type, items: sources.filter((s) => s.type === type) })).filter((g) => g.items.length)
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'Sources' }]} />
      <h1 className="page-title">All sources</h1>
      <p className="lead">
        {sources.length} sources, grouped by kind, from the most to the least weight for &ldquo;does it work?&rdquo; questions.{' '}
        <Link href="/about/sources/" prefetch={false}>How we rate sources</Link>.
      </p>
      <nav aria-label="Kinds of source" className="box no-print">
        <h2>Jump to a kind of source</h2>
        <ul>
          {groups.map((g) => (
            <li key={g.type}>
              <a href={`#group-${g.type}`}>
                {SOURCE_TYPE_INFO[g.type].plural} ({g.items.length})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.type} aria-labelledby={`group-${g.type}`}>
          <h2 id={`group-${g.type}`} className="section-title">
            {SOURCE_TYPE_INFO[g.type].plural}
          </h2>
          <p>{SOURCE_TYPE_INFO[g.type].meaning}</p>
          <ul className="source-list">
            {g.items.map((s) => {
              const places = citedBy.get(s.id) ?? []
              return (
                <li key={s.id} id={s.id} className="source-entry">
                  <SourceCitation source={s} />
                  {places.length ? (
                    <details className="cited-on">
                      <summary>
                        Cited on {places.length} page{places.length === 1 ? '' : 's'} and answer{places.length === 1 ? '' : 's'}
                        <span className="sr-only">: {s.title}</span>
                      </summary>
                      <ul>
                        {places.map((p) => (
                          <li key={p.href}>
                            <a href={p.href}>
                              {p.kind === 'faq' ? 'Question: ' : ''}
                              {p.label}
                            </a>
                          </li>
                        ))}
                      </ul>
                    </details>
                  ) : (
                    <p className="ref-note">Not cited on a page yet: {s.uncited}</p>
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
