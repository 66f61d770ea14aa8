import type { Metadata } from 'next'
import Link from 'next/link'
import { getContent } from '@/lib/content'
import { fill } from '@/lib/content/ui'
import { localizeHref } from '@/lib/content/links'
import { pageMetadata } from '@/lib/page-metadata'
import { ArticleSections } from '@/components/article/article-sections'
import { OptionsPromo } from '@/components/options/options-promo'
import { RiskCallout } from '@/components/callout/risk-callout'
import { helpHref, UrgentSignsList } from '@/components/layout/urgent-help'
import { PageTop } from '@/components/layout/page-top'

type Params = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params
  return pageMetadata(locale, '/', {})
}

export default async function HomePage({ params }: Params) {
  const { locale } = await params
  const content = getContent(locale)
  const { ui } = content
  const h = ui.home
  const href = (path: string) => localizeHref(locale, path)
  /** The questions most readers come with, answered near the top of the home page. */
  const mostAsked = [
    { href: href('/articles/evidence-and-regulation/#evidence-by-use'), question: h.askWorks, hint: h.askWorksHint },
    { href: href('/articles/costs/'), question: h.askCost, hint: h.askCostHint },
    { href: href('/articles/risks-and-side-effects/'), question: h.askSafe, hint: h.askSafeHint },
    { href: href('/articles/who-should-not-have-it/'), question: h.askWho, hint: h.askWhoHint },
  ]
  const tools = [
    { href: href('/tools/cost-estimator/'), title: h.toolEstimator, hint: h.toolEstimatorHint },
    { href: href('/tools/consultation-checklist/'), title: h.toolChecklist, hint: h.toolChecklistHint },
    { href: href('/tools/aftercare-sheet/'), title: h.toolAftercare, hint: h.toolAftercareHint },
  ]
  return (
    <div className="stack home">
      <PageTop content={content} path={`${content.locale.prefix}/`} />
      <h1 className="page-title">{h.title}</h1>
      <p className="lead">{h.lead}</p>
      <RiskCallout level="urgent" title={ui.help.linkText} headingLevel={2} ui={ui}>
        <UrgentSignsList content={content} />
        <p>
          <Link href={helpHref(content)} prefetch={false}>
            {ui.help.more}
          </Link>{' '}
          ·{' '}
          <Link href={href('/articles/risks-and-side-effects/')} prefetch={false}>
            {ui.help.risksLink}
          </Link>
        </p>
      </RiskCallout>
      <nav aria-labelledby="most-asked" className="most-asked">
        <h2 id="most-asked">{h.mostAsked}</h2>
        <ul className="shortcut-list">
          {mostAsked.map((q) => (
            <li key={q.href}>
              <Link href={q.href} prefetch={false} className="shortcut">
                <span className="shortcut-title">{q.question}</span>
                <span className="shortcut-hint">{q.hint}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="shortcut-more">
          <Link href={href('/faq/')} prefetch={false}>
            {fill(h.allQuestions, { count: content.faqs.length })}
          </Link>
        </p>
      </nav>
      <p>{fill(h.different, { name: ui.site.name })}</p>
      <div className="grid gap-4 md:grid-cols-2">
        <section className="box" aria-labelledby="what-this-is">
          <h2 id="what-this-is">{h.whatThisIs}</h2>
          <ul>
            <li>{h.isIndependent}</li>
            <li>{fill(h.isCited, { count: content.sources.length })}</li>
            <li>{h.isPlain}</li>
          </ul>
        </section>
        <section className="box" aria-labelledby="what-this-is-not">
          <h2 id="what-this-is-not">{h.whatThisIsNot}</h2>
          <ul>
            <li>{h.notAdvice}</li>
            <li>{h.notDirectory}</li>
            <li>{h.notLastWord}</li>
          </ul>
        </section>
      </div>
      <section aria-labelledby="home-tools" className="box">
        <h2 id="home-tools">{h.tools}</h2>
        <ul>
          {tools.map((t) => (
            <li key={t.href}>
              <Link href={t.href} prefetch={false}>
                {t.title}
              </Link>
              {t.hint}
            </li>
          ))}
        </ul>
      </section>
      <p>
        <Link href={href('/articles/where-sources-disagree/')} prefetch={false}>{h.seeDisagree}</Link> ·{' '}
        <Link href={href('/sources/')} prefetch={false}>{h.browseSources}</Link>
      </p>
      <OptionsPromo content={content} />
      <ArticleSections content={content} idPrefix="home-" />
    </div>
  )
}
