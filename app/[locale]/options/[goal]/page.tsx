import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getArticleByKey, getContent, getOptionGoal } from '@/lib/content'
import { goalParams } from '@/lib/content/routes'
import { createCitationScope } from '@/lib/citations/scope'
import { ChangeLog } from '@/components/currency/change-log'
import { OverdueNote, ReviewDateItems } from '@/components/currency/review-dates'
import { PageTop } from '@/components/layout/page-top'
import { TranslationNote } from '@/components/currency/translation-note'
import { pageMetadata } from '@/lib/page-metadata'
import { fill } from '@/lib/content/ui'
import { ReferenceList } from '@/components/citation/reference-list'
import { CitePreview } from '@/components/citation/cite-preview'
import { RiskCallout } from '@/components/callout/risk-callout'
import { CitedText } from '@/components/options/cited-text'
import { OptionComparison } from '@/components/options/option-comparison'
import { EvidenceKey } from '@/components/options/evidence-key'
import '@/app/options.css'

type Params = { params: Promise<{ locale: string; goal: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return goalParams()
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, goal } = await params
  const g = getOptionGoal(goal, locale)
  if (!g) return {}
  return pageMetadata(locale, g.href, { title: g.title, description: g.description, openGraph: { type: 'article', modifiedTime: g.reviewed } })
}

export default async function OptionsGoalPage({ params }: Params) {
  const { locale, goal } = await params
  const g = getOptionGoal(goal, locale)
  if (!g) notFound()
  const content = getContent(locale)
  const { ui } = content
  const lang = content.locale.lang
  const p = content.locale.prefix
  const l = content.options?.labels
  if (!l) throw new Error('content/options/_labels.yaml is missing')
  const scope = createCitationScope(g.citations)
  const cite = (text: string, sources: readonly string[]) => <CitedText text={text} sources={sources} scope={scope} content={content} />
  return (
    <div className="opt-page">
      <PageTop content={content} path={g.href} crumbs={[{ href: `${p}/`, label: ui.nav.home }, { href: `${p}/options/`, label: l.phrases.breadcrumb }, { label: g.title }]} />
      <article className="article">
        <header>
          <h1 className="page-title">{g.title}</h1>
          <p className="opt-asked">{fill(ui.quote, { text: g.askedAs })}</p>
          <ul className="meta-line">
            <ReviewDateItems page={g} labels={content.site.labels} lang={lang} />
          </ul>
          <OverdueNote page={g} labels={content.site.labels} lang={lang} />
          <TranslationNote page={g} content={content} />
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

        <EvidenceKey heading={l.headings.evidenceKey} headingId="evidence-key" content={content} />

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
            <RiskCallout key={b.title} level={b.level} title={b.title} ui={ui}>
              <p>{cite(b.text, b.sources)}</p>
            </RiskCallout>
          ))}
        </section>

        <section aria-labelledby="read-more" className="box">
          <h2 id="read-more">{l.headings.articles}</h2>
          <ul>
            {g.articles.map((key) => {
              const a = getArticleByKey(key, locale)
              return a ? (
                <li key={key}>
                  <Link href={a.href} prefetch={false}>
                    {a.title}
                  </Link>
                </li>
              ) : null
            })}
          </ul>
        </section>

        <ChangeLog changes={g.changes} labels={content.site.labels} id="changes" lang={lang} />

        <ReferenceList scope={scope} content={content} heading={l.headings.references} />
      </article>
      <CitePreview locale={locale} />
    </div>
  )
}
