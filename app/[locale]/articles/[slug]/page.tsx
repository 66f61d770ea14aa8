import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getArticle, getArticles, getContent, getNeighbours, getRelatedFaqs, SECTION_INFO } from '@/lib/content'
import { createCitationScope } from '@/lib/citations/scope'
import { pageComponents } from '@/components/mdx/page-components'
import { ReferenceList } from '@/components/citation/reference-list'
import { CitePreview } from '@/components/citation/cite-preview'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { ArticleHeader, KeyTakeaways, PrevNext, RelatedFaqs, TableOfContents } from '@/components/article/article-parts'
import { articleJsonLd } from '@/lib/structured-data'
import { JsonLd } from '@/components/ui/json-ld'
import { ChangeLog } from '@/components/currency/change-log'
import { OptionsLinkBox } from '@/components/options/options-link-box'

type Params = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getArticles().map((a) => ({ slug: a.slug }))
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params
  const a = getArticle(slug)
  if (!a) return {}
  return {
    title: a.title,
    description: a.description,
    alternates: { canonical: a.href },
    openGraph: {
      type: 'article',
      url: a.href,
      title: a.title,
      description: a.description,
      modifiedTime: a.reviewed,
      images: [{ url: `/articles/${a.slug}/og.png`, width: 1200, height: 630, alt: a.title }],
    },
    twitter: { card: 'summary_large_image', title: a.title, description: a.description, images: [`/articles/${a.slug}/og.png`] },
  }
}

export default async function ArticlePage({ params }: Params) {
  const { slug } = await params
  const article = getArticle(slug)
  if (!article) notFound()
  const content = getContent()
  const { default: Body } = (await import(`@/content/articles/${slug}.mdx`)) as { default: (p: { components: object }) => React.ReactNode }
  const scope = createCitationScope(article.citations)
  const related = getRelatedFaqs(slug)
  const { previous, next } = getNeighbours(slug)
  const extra = [
    ...(related.length ? [{ id: 'related-questions', text: 'Questions people ask' }] : []),
    ...(article.citations.order.length ? [{ id: 'references', text: 'References' }] : []),
    { id: 'what-changed', text: content.site.labels.changes },
  ]
  return (
    <>
      <Breadcrumbs
        items={[
          { href: '/', label: 'Home' },
          { href: '/articles/', label: 'Articles' },
          { href: `/articles/#${article.section}`, label: SECTION_INFO[article.section].label },
          { label: article.title },
        ]}
      />
      <article className="article">
        <ArticleHeader article={article} people={content.people} labels={content.site.labels} />
        <KeyTakeaways items={article.takeaways} />
        <TableOfContents headings={article.headings} extra={extra} />
        <div className="prose prose-site">
          <Body components={pageComponents(content, scope)} />
        </div>
        <OptionsLinkBox slug={slug} />
        <RelatedFaqs faqs={related} />
        <ReferenceList scope={scope} content={content} />
        <ChangeLog changes={article.changes} labels={content.site.labels} id="what-changed" />
      </article>
      <PrevNext previous={previous} next={next} />
      <JsonLd data={articleJsonLd(article, content.people)} />
      <CitePreview />
    </>
  )
}
