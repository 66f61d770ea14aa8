import Link from 'next/link'
import type { ComponentType } from 'react'
import { getArticleByKey, type Content, type Faq, type FaqTopic } from '@/lib/content'
import { TranslationNote } from '@/components/currency/translation-note'
import { refAnchor, type CitationScope } from '@/lib/citations/scope'
import { pageComponents } from '@/components/mdx/page-components'
import { SourceBadge } from '@/components/citation/source-badge'
import { OverdueNote, ReviewDatesLine } from '@/components/currency/review-dates'
import { ChangeLog } from '@/components/currency/change-log'

export type AnswerBody = ComponentType<{ components: object }>

/**
 * The sources of one answer, short: number, title and type, each linking to the full entry below.
 * A plain block with a heading, not a landmark: 81 regions all called "Sources for this answer"
 * would crowd the landmark list.
 */
function AnswerSources({ faq, content, scope }: { faq: Faq; content: Content; scope: CitationScope }) {
  return (
    <div className="answer-sources">
      <h3>{content.ui.faq.answerSources}</h3>
      <ul>
        {faq.citations.order.map((id) => {
          const s = content.sourceById.get(id)
          if (!s) throw new Error(`FAQ ${faq.slug}: unknown source ${id}`)
          return (
            <li key={id}>
              <a href={`#${refAnchor(scope.prefix, id)}`}>
                [{scope.numberOf(id)}] {s.title}
              </a>{' '}
              <SourceBadge type={s.type} ui={content.ui} />
            </li>
          )
        })}
      </ul>
    </div>
  )
}

/**
 * One FAQ answer: the MDX body, its sources and links to related articles. The answer's id (the
 * slug) sits on the answer inside the <details>, so a link to /faq/#slug opens it even without
 * JavaScript: the browser opens a closed <details> to reveal a fragment target inside it.
 */
function FaqItem({ faq, Answer, content, scope }: { faq: Faq; Answer: AnswerBody; content: Content; scope: CitationScope }) {
  const related = faq.related.map((k) => getArticleByKey(k, content.locale.code)).filter((a) => a !== undefined)
  const lang = content.locale.lang
  return (
    <details className="faq-item" data-faq="">
      <summary>{faq.question}</summary>
      <div id={faq.slug} className="faq-answer prose prose-site">
        <ReviewDatesLine page={faq} labels={content.site.labels} lang={lang} />
        <OverdueNote page={faq} labels={content.site.labels} lang={lang} />
        <TranslationNote page={faq} content={content} />
        <Answer components={pageComponents(content, scope)} />
        <p className="faq-related">
          {content.ui.faq.readMore}{' '}
          {related.map((a, i) => (
            <span key={a.slug}>
              {i > 0 ? ' · ' : ''}
              <Link href={a.href} prefetch={false}>
                {a.title}
              </Link>
            </span>
          ))}
        </p>
        <AnswerSources faq={faq} content={content} scope={scope} />
        <ChangeLog changes={faq.changes} labels={content.site.labels} id={`${faq.slug}--changes`} compact lang={lang} />
      </div>
    </details>
  )
}

interface Props {
  /** FAQs in page order (grouped by topic). */
  faqs: readonly Faq[]
  topics: readonly FaqTopic[]
  /** Compiled answer bodies by slug, loaded before rendering so markers are numbered in page order. */
  answers: ReadonlyMap<string, AnswerBody>
  content: Content
  /** One citation scope for the whole page: numbers follow first use down the page. */
  scope: CitationScope
}

/** Every FAQ, grouped by topic, as native <details> (works without JavaScript, find-in-page reaches it). */
export function FaqList({ faqs, topics, answers, content, scope }: Props) {
  return (
    <div className="faq-list">
      {topics.map((t) => (
        <section key={t} aria-labelledby={`topic-${t}`} data-topic={t}>
          <h2 id={`topic-${t}`} className="section-title">
            {content.ui.faqTopics[t]}
          </h2>
          {faqs
            .filter((f) => f.topic === t)
            .map((f) => {
              const Answer = answers.get(f.slug)
              if (!Answer) throw new Error(`FAQ ${f.slug}: answer not loaded`)
              return <FaqItem key={f.slug} faq={f} Answer={Answer} content={content} scope={scope} />
            })}
        </section>
      ))}
    </div>
  )
}
