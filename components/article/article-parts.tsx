import Link from 'next/link'
import type { Article, Content, Faq } from '@/lib/content'
import { fill, plural, type UiText } from '@/lib/content/ui'
import { TranslationNote } from '@/components/currency/translation-note'
import { OverdueNote, ReviewDateItems } from '@/components/currency/review-dates'
import { PageReviewItems } from '@/components/currency/page-review'
import type { Heading } from '@/lib/content/mdx-scan'

export { formatDate } from '@/lib/dates'

/**
 * UK reading age for a Flesch–Kincaid grade (a US school grade): grade + 5, the age at the start
 * of that school year, never below 9.
 */
export const readingAge = (grade: number) => Math.max(9, Math.round(grade) + 5)

/** Title, summary and the facts a reader needs to judge the page. */
export function ArticleHeader({ article, content }: { article: Article; content: Content }) {
  const { people, ui } = content
  const labels = content.site.labels
  const lang = content.locale.lang
  return (
    <header>
      <h1 className="page-title">{article.title}</h1>
      <p className="lead">{article.description}</p>
      <ul className="meta-line">
        <ReviewDateItems page={article} labels={labels} lang={lang} />
        <li>{fill(ui.article.readingLevel, { value: article.readingLevel })}</li>
        <li>{plural(ui.article.sources, article.citations.order.length, lang)}</li>
        <PageReviewItems article={article} people={people} content={content} />
      </ul>
      <OverdueNote page={article} labels={labels} lang={lang} />
      <TranslationNote page={article} content={content} />
    </header>
  )
}

export function KeyTakeaways({ items, ui }: { items: readonly string[]; ui: UiText }) {
  return (
    <section className="box" aria-labelledby="key-points">
      <h2 id="key-points">{ui.article.keyPoints}</h2>
      <ul>
        {items.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
    </section>
  )
}

/** Table of contents from the article's h2/h3 headings. */
export function TableOfContents({ headings, extra, ui }: { headings: readonly Heading[]; extra: { id: string; text: string }[]; ui: UiText }) {
  const items: { h: Heading; children: Heading[] }[] = []
  for (const h of headings) {
    if (h.depth === 2 || items.length === 0) items.push({ h, children: [] })
    else items[items.length - 1]?.children.push(h)
  }
  if (items.length === 0) return null
  return (
    <nav aria-labelledby="toc-heading" className="box toc no-print">
      <h2 id="toc-heading">{ui.article.onThisPage}</h2>
      <ol>
        {items.map(({ h, children }) => (
          <li key={h.id}>
            <a href={`#${h.id}`}>{h.text}</a>
            {children.length ? (
              <ol>
                {children.map((c) => (
                  <li key={c.id}>
                    <a href={`#${c.id}`}>{c.text}</a>
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
        {extra.map((e) => (
          <li key={e.id}>
            <a href={`#${e.id}`}>{e.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}

export function RelatedFaqs({ faqs, ui }: { faqs: readonly Faq[]; ui: UiText }) {
  if (faqs.length === 0) return null
  return (
    <section aria-labelledby="related-questions" className="box">
      <h2 id="related-questions">{ui.article.relatedQuestions}</h2>
      <ul>
        {faqs.map((f) => (
          <li key={f.slug}>
            <Link href={f.href} prefetch={false}>
              {f.question}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

export function PrevNext({ previous, next, ui }: { previous?: Article; next?: Article; ui: UiText }) {
  if (!previous && !next) return null
  return (
    <nav aria-label={ui.article.readingOrder} className="pager no-print">
      {previous ? (
        <Link href={previous.href} prefetch={false} rel="prev">
          <span className="pager-label">{ui.article.previous}</span>
          {previous.title}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={next.href} prefetch={false} rel="next" className="pager-next">
          <span className="pager-label">{ui.article.next}</span>
          {next.title}
        </Link>
      ) : null}
    </nav>
  )
}
