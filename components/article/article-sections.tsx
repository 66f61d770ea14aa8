import Link from 'next/link'
import { SECTIONS, SECTION_INFO, type Article } from '@/lib/content'
import { formatDate } from './article-parts'

/** Articles grouped by section as cards (home page and the article index). */
export function ArticleSections({ articles, idPrefix = '', showDates = false }: { articles: readonly Article[]; idPrefix?: string; showDates?: boolean }) {
  return (
    <>
      {SECTIONS.map((section) => {
        const list = articles.filter((a) => a.section === section)
        if (list.length === 0) return null
        const id = `${idPrefix}${section}`
        return (
          <section key={section} aria-labelledby={id}>
            <h2 id={id} className="section-title">
              {SECTION_INFO[section].label}
            </h2>
            <p>{SECTION_INFO[section].blurb}</p>
            <ul className="card-grid mt-4">
              {list.map((a) => (
                <li key={a.slug}>
                  <div className="card">
                    <h3>
                      <Link href={a.href} prefetch={false}>
                        {a.title}
                      </Link>
                    </h3>
                    <p>{a.description}</p>
                    {showDates ? (
                      <p>
                        Reviewed <time dateTime={a.reviewed}>{formatDate(a.reviewed)}</time>
                      </p>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </>
  )
}
