import Link from 'next/link'
import { SECTIONS, type Content } from '@/lib/content'
import { formatDate } from './article-parts'

/** Articles grouped by section as cards (home page and the article index). */
export function ArticleSections({ content, idPrefix = '', showDates = false }: { content: Content; idPrefix?: string; showDates?: boolean }) {
  const { articles, ui } = content
  return (
    <>
      {SECTIONS.map((section) => {
        const list = articles.filter((a) => a.section === section)
        if (list.length === 0) return null
        const id = `${idPrefix}${section}`
        return (
          <section key={section} aria-labelledby={id}>
            <h2 id={id} className="section-title">
              {ui.sections[section].label}
            </h2>
            <p>{ui.sections[section].blurb}</p>
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
                        {ui.articles.reviewed} <time dateTime={a.reviewed}>{formatDate(a.reviewed, content.locale.lang)}</time>
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
