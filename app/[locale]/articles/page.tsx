import type { Metadata } from 'next'
import { getArticles } from '@/lib/content'
import { ArticleSections } from '@/components/article/article-sections'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { OptionsPromo } from '@/components/options/options-promo'

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
      <ArticleSections articles={articles} showDates />
      <OptionsPromo />
    </>
  )
}
