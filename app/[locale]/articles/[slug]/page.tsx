import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getArticle, getContent, getNeighbours, getRelatedFaqs } from '@/lib/content'
import { articleParams } from '@/lib/content/routes'
import { createCitationScope } from '@/lib/citations/scope'
import { pageComponents } from '@/components/mdx/page-components'
import { ReferenceList } from '@/components/citation/reference-list'
import { CitePreview } from '@/components/citation/cite-preview'
import { PageTop } from '@/components/layout/page-top'
import { ArticleHeader, KeyTakeaways, PrevNext, RelatedFaqs, TableOfContents } from '@/components/article/article-parts'
import { articleJsonLd } from '@/lib/structured-data'
import { pageMetadata } from '@/lib/page-metadata'
import { JsonLd } from '@/components/ui/json-ld'
import { ChangeLog } from '@/components/currency/change-log'
import { OptionsLinkBox } from '@/components/options/options-link-box'
import { loadArticleBody } from '@/lib/content/bodies'

type Params = { params: Promise<{ locale: string; slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return articleParams()
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params
  const a = getArticle(slug, locale)
  if (!a) return {}
  return pageMetadata(locale, a.href, {
    title: a.title,
    description: a.description,
    image: `${a.href}og.png`,
    openGraph: { type: 'article', modifiedTime: a.reviewed },
  })
}

export default async function ArticlePage({ params }: Params) {
  const { locale, slug } = await params
  const article = getArticle(slug, locale)
  if (!article) notFound()
  const content = getContent(locale)
  const { ui } = content
  const Body = await loadArticleBody(content.locale, article.key)
  const scope = createCitationScope(article.citations)
  const related = getRelatedFaqs(article.key, locale)
  const { previous, next } = getNeighbours(article.key, locale)
  const extra = [
    ...(related.length ? [{ id: 'related-questions', text: ui.article.relatedQuestions }] : []),
    ...(article.citations.order.length ? [{ id: 'references', text: ui.article.references }] : []),
    { id: 'what-changed', text: content.site.labels.changes },
  ]
  const p = content.locale.prefix
  return (
    <>
      <PageTop
        content={content}
        path={article.href}
        crumbs={[
          { href: `${p}/`, label: ui.nav.home },
          { href: `${p}/articles/`, label: ui.nav.articles },
          { href: `${p}/articles/#${article.section}`, label: ui.sections[article.section].label },
          { label: article.title },
        ]}
      />
      <article className="article">
        <ArticleHeader article={article} content={content} />
        <KeyTakeaways items={article.takeaways} ui={ui} />
        <TableOfContents headings={article.headings} extra={extra} ui={ui} />
        <div className="prose prose-site">
          <Body components={pageComponents(content, scope)} />
        </div>
        <OptionsLinkBox articleKey={article.key} content={content} />
        <RelatedFaqs faqs={related} ui={ui} />
        <ReferenceList scope={scope} content={content} />
        <ChangeLog changes={article.changes} labels={content.site.labels} id="what-changed" lang={content.locale.lang} />
      </article>
      <PrevNext previous={previous} next={next} ui={ui} />
      <JsonLd data={articleJsonLd(article, content)} />
      <CitePreview locale={locale} />
    </>
  )
}
