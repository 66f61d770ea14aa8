import type { Metadata } from 'next'
import Link from 'next/link'
import { PageTop } from '@/components/layout/page-top'
import { FaqList, type AnswerBody } from '@/components/faq/faq-list'
import { ReferenceList } from '@/components/citation/reference-list'
import { createCitationScope, mergeCitations } from '@/lib/citations/scope'
import { FaqSearch } from '@/components/faq/faq-search'
import { FaqTools } from '@/components/faq/faq-tools'
import { CitePreview } from '@/components/citation/cite-preview'
import { JsonLd } from '@/components/ui/json-ld'
import { faqJsonLd } from '@/lib/structured-data'
import { pageMetadata } from '@/lib/page-metadata'
import { FAQ_TOPICS, getContent } from '@/lib/content'
import { loadFaqBody } from '@/lib/content/bodies'
import { fill } from '@/lib/content/ui'

type Params = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params
  const { ui, locale: l } = getContent(locale)
  return pageMetadata(locale, `${l.prefix}/faq/`, { title: ui.faq.title, description: ui.faq.description })
}

export default async function FaqPage({ params }: Params) {
  const { locale } = await params
  const content = getContent(locale)
  const { ui } = content
  const p = content.locale.prefix
  const topics = FAQ_TOPICS.filter((t) => content.faqs.some((f) => f.topic === t))
  // Page order: grouped by topic. Citations are numbered once for the whole page, in this order.
  const faqs = topics.flatMap((t) => content.faqs.filter((f) => f.topic === t))
  const answers = new Map<string, AnswerBody>(await Promise.all(faqs.map(async (f) => [f.slug, await loadFaqBody(content.locale, f.key)] as const)))
  const scope = createCitationScope(mergeCitations(faqs.map((f) => f.citations)), '', { compact: true })
  return (
    <>
      <PageTop content={content} path={`${p}/faq/`} crumbs={[{ href: `${p}/`, label: ui.nav.home }, { label: ui.faq.title }]} />
      <h1 className="page-title">{ui.faq.title}</h1>
      <p className="lead">
        {fill(ui.faq.lead, { count: faqs.length })} <span className="no-print">{ui.faq.openHint}</span>
      </p>
      <FaqSearch locale={locale} />
      <FaqTools locale={locale} />
      <nav aria-label={ui.faq.topicsLabel} className="box no-print">
        <h2>{ui.faq.topics}</h2>
        <ul className="topic-links">
          {topics.map((t) => (
            <li key={t}>
              <a href={`#topic-${t}`}>{ui.faqTopics[t]}</a>
            </li>
          ))}
        </ul>
      </nav>
      <FaqList faqs={faqs} topics={topics} answers={answers} content={content} scope={scope} />
      <p className="mt-8">
        {ui.faq.notFound}{' '}
        <Link href={`${p}/articles/`} prefetch={false}>
          {ui.faq.browseArticles}
        </Link>
        .
      </p>
      <ReferenceList scope={scope} content={content} heading={ui.faq.allSources} />
      <JsonLd data={faqJsonLd(faqs, content)} />
      <CitePreview locale={locale} />
    </>
  )
}
