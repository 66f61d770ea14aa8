import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getArticle, getContent, getOptionGoal, getOptionGoals } from '@/lib/content'
import { createCitationScope } from '@/lib/citations/scope'
import { ChangeLog } from '@/components/currency/change-log'
import { OverdueNote, ReviewDateItems } from '@/components/currency/review-dates'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { ReferenceList } from '@/components/citation/reference-list'
import { CitePreview } from '@/components/citation/cite-preview'
import { RiskCallout } from '@/components/callout/risk-callout'
import { CitedText } from '@/components/options/cited-text'
import { OptionComparison } from '@/components/options/option-comparison'
import { EvidenceKey } from '@/components/options/evidence-key'
import '../../options.css'

type Params = { params: Promise<{ goal: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getOptionGoals().map((g) => ({ goal: g.slug }))
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { goal } = await params
  const g = getOptionGoal(goal)
  if (!g) return {}
  return {
    title: g.title,
    description: g.description,
    alternates: { canonical: g.href },
    openGraph: {
      type: 'article',
      url: g.href,
      title: g.title,
      description: g.description,
      modifiedTime: g.reviewed,
      images: [{ url: '/og.png', width: 1200, height: 630, alt: g.title }],
    },
  }
}

export default async function OptionsGoalPage({ params }: Params) {
  const { goal } = await params
  const g = getOptionGoal(goal)
  if (!g) notFound()
  const content = getContent()
  const l = content.options?.labels
  if (!l) throw new Error('content/options/_labels.yaml is missing')
  const scope = createCitationScope(g.citations)
  const cite = (text: string, sources: readonly string[]) => <CitedText text={text} sources={sources} scope={scope} content={content} />
  return (
    <div className="opt-page">
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { href: '/options/', label: l.phrases.breadcrumb }, { label: g.title }]} />
      <article className="article">
        <header>
          <h1 className="page-title">{g.title}</h1>
          <p className="opt-asked">“{g.askedAs}”</p>
          <ul className="meta-line">
            <ReviewDateItems page={g} labels={content.site.labels} />
          </ul>
          <OverdueNote page={g} labels={content.site.labels} />
        </header>
        <p className="lead">{cite(g.intro.text, g.intro.sources)}</p>
        <p className="opt-not-advice">{l.phrases.notAdvice}</p>

        <section aria-labelledby="do-nothing">
          <h2 id="do-nothing">{l.headings.doNothing}</h2>
          {g.doNothing.map((p) => (
            <p key={p.text}>{cite(p.text, p.sources)}</p>
          ))}
        </section>

        <section aria-labelledby="compare" className="opt-compare">
          <h2 id="compare">{l.headings.compare}</h2>
          <p className="opt-hint">{l.headings.compareHint}</p>
          <OptionComparison options={g.options} labels={l} scope={scope} content={content} />
        </section>

        <EvidenceKey heading={l.headings.evidenceKey} headingId="evidence-key" />

        <section aria-labelledby="questions">
          <h2 id="questions">{l.headings.questions}</h2>
          <ul className="opt-questions">
            {g.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="see-a-doctor">
          <h2 id="see-a-doctor">{l.headings.seeDoctor}</h2>
          {g.seeDoctor.map((b) => (
            <RiskCallout key={b.title} level={b.level} title={b.title}>
              <p>{cite(b.text, b.sources)}</p>
            </RiskCallout>
          ))}
        </section>

        <section aria-labelledby="read-more" className="box">
          <h2 id="read-more">{l.headings.articles}</h2>
          <ul>
            {g.articles.map((slug) => {
              const a = getArticle(slug)
              return a ? (
                <li key={slug}>
                  <Link href={a.href} prefetch={false}>
                    {a.title}
                  </Link>
                </li>
              ) : null
            })}
          </ul>
        </section>

        <ChangeLog changes={g.changes} labels={content.site.labels} id="changes" />

        <ReferenceList scope={scope} content={content} heading={l.headings.references} />
      </article>
      <CitePreview />
    </div>
  )
}
