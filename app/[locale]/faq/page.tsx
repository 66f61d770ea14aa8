import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { FaqList, type AnswerBody } from '@/components/faq/faq-list'
import { ReferenceList } from '@/components/citation/reference-list'
import { createCitationScope, mergeCitations } from '@/lib/citations/scope'
import { FaqSearch } from '@/components/faq/faq-search'
import { FaqTools } from '@/components/faq/faq-tools'
import { CitePreview } from '@/components/citation/cite-preview'
import { JsonLd } from '@/components/ui/json-ld'
import { faqJsonLd } from '@/lib/structured-data'
import { FAQ_TOPICS, FAQ_TOPIC_LABELS, getContent, getFaqs } from '@/lib/content'

export const metadata: Metadata = {
  title: 'Questions and answers',
  description: 'Short, sourced answers to the questions people ask about mesotherapy: results, safety, the procedure, aftercare, costs and rules.',
  alternates: { canonical: '/faq/' },
}

export default async function FaqPage() {
  const content = getContent()
  const topics = FAQ_TOPICS.filter((t) => getFaqs().some((f) => f.topic === t))
  // Page order: grouped by topic. Citations are numbered once for the whole page, in this order.
  const faqs = topics.flatMap((t) => getFaqs().filter((f) => f.topic === t))
  const answers = new Map<string, AnswerBody>(
    await Promise.all(
      faqs.map(async (f) => [f.slug, ((await import(`@/content/faq/${f.slug}.mdx`)) as { default: AnswerBody }).default] as const),
    ),
  )
  const scope = createCitationScope(mergeCitations(faqs.map((f) => f.citations)), '', { compact: true })
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'Questions and answers' }]} />
      <h1 className="page-title">Questions and answers</h1>
      <p className="lead">
        {faqs.length} questions people ask about mesotherapy, each with a short answer and its sources. <span className="no-print">Open a question to read the answer.</span>
      </p>
      <FaqSearch />
      <FaqTools />
      <nav aria-label="Question topics" className="box no-print">
        <h2>Topics</h2>
        <ul className="topic-links">
          {topics.map((t) => (
            <li key={t}>
              <a href={`#topic-${t}`}>{FAQ_TOPIC_LABELS[t]}</a>
            </li>
          ))}
        </ul>
      </nav>
      <FaqList faqs={faqs} topics={topics} answers={answers} content={content} scope={scope} />
      <p className="mt-8">
        Did not find your question? <Link href="/articles/" prefetch={false}>Browse all articles</Link>.
      </p>
      <ReferenceList scope={scope} content={content} heading="Sources for all answers" />
      <JsonLd data={faqJsonLd(faqs)} />
      <CitePreview />
    </>
  )
}
