import type { Metadata } from 'next'
import Link from 'next/link'
import { getArticles, SECTIONS, SECTION_INFO } from '@/lib/content'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { formatDate } from '@/components/article/article-parts'

export const metadata: Metadata = {
  title: 'All articles',
  description: 'Every article on mesotherapy, grouped by topic: the basics, the treatment, safety and practical matters.',
  alternates: { canonical: '/articles/' },
}

export default function ArticlesIndex() {
  const articles = getArticles()
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'Articles' }]} />
      <h1 className="page-title">All articles</h1>
      <p className="lead">Read them in order, or jump to what you need. Each page shows when it was last updated.</p>
      {SECTIONS.map((section) => {
        const list = articles.filter((a) => a.section === section)
        if (list.length === 0) return null
        return (
          <section key={section} aria-labelledby={section}>
            <h2 id={section} className="section-title">
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
                    <p>
                      Updated <time dateTime={a.updated}>{formatDate(a.updated)}</time>
                    </p>
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
