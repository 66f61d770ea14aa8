import type { Metadata } from 'next'
import { getContent } from '@/lib/content'
import { pageMetadata } from '@/lib/page-metadata'
import { PageTop } from '@/components/layout/page-top'
import { ArticleSections } from '@/components/article/article-sections'
import { OptionsPromo } from '@/components/options/options-promo'

type Params = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params
  const { ui, locale: l } = getContent(locale)
  return pageMetadata(locale, `${l.prefix}/articles/`, { title: ui.articles.title, description: ui.articles.description })
}

export default async function ArticlesIndex({ params }: Params) {
  const { locale } = await params
  const content = getContent(locale)
  const { ui } = content
  const p = content.locale.prefix
  return (
    <>
      <PageTop content={content} path={`${p}/articles/`} crumbs={[{ href: `${p}/`, label: ui.nav.home }, { label: ui.nav.articles }]} />
      <h1 className="page-title">{ui.articles.title}</h1>
      <p className="lead">{ui.articles.lead}</p>
      <ArticleSections content={content} showDates />
      <OptionsPromo content={content} />
    </>
  )
}
