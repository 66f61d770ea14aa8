import Link from 'next/link'
import { FAQ_TOPIC_LABELS, getArticle, getContent, type Faq, type FaqTopic } from '@/lib/content'
import { createCitationScope } from '@/lib/citations/scope'
import { pageComponents } from '@/components/mdx/page-components'
import { ReferenceList } from '@/components/citation/reference-list'

type Body = (p: { components: object }) => React.ReactNode

/** One FAQ answer: the MDX body, its own numbered sources and links to related articles. */
async function FaqItem({ faq }: { faq: Faq }) {
  const content = getContent()
  const { default: Answer } = (await import(`@/content/faq/${faq.slug}.mdx`)) as { default: Body }
  const scope = createCitationScope(faq.citations, `${faq.slug}--`)
  const related = faq.related.map((s) => getArticle(s)).filter((a) => a !== undefined)
  return (
    <details id={faq.slug} className="faq-item" data-faq="">
      <summary>{faq.question}</summary>
      <div className="faq-answer prose prose-site">
        <Answer components={pageComponents(content, scope)} />
        <p className="faq-related">
          Read more:{' '}
          {related.map((a, i) => (
            <span key={a.slug}>
              {i > 0 ? ' · ' : ''}
              <Link href={a.href} prefetch={false}>
                {a.title}
              </Link>
            </span>
          ))}
        </p>
        <ReferenceList scope={scope} content={content} heading="Sources for this answer" headingLevel={3} />
      </div>
    </details>
  )
}

/** Every FAQ, grouped by topic, as native <details> (works without JavaScript, find-in-page reaches it). */
export function FaqList({ faqs, topics }: { faqs: readonly Faq[]; topics: readonly FaqTopic[] }) {
  return (
    <div className="faq-list">
      {topics.map((t) => (
        <section key={t} aria-labelledby={`topic-${t}`} data-topic={t}>
          <h2 id={`topic-${t}`} className="section-title">
            {FAQ_TOPIC_LABELS[t]}
          </h2>
          {faqs
            .filter((f) => f.topic === t)
            .map((f) => (
              <FaqItem key={f.slug} faq={f} />
            ))}
        </section>
      ))}
    </div>
  )
}
