import Link from 'next/link'
import { getArticles, getFaqs, getContent } from '@/lib/content'
import { ArticleSections } from '@/components/article/article-sections'
import { OptionsPromo } from '@/components/options/options-promo'
import { site } from '@/lib/site'
import { RiskCallout } from '@/components/callout/risk-callout'
import { HELP_HREF, HELP_LINK_TEXT, UrgentSignsList } from '@/components/layout/urgent-help'

/** The questions most readers come with, answered near the top of the home page. */
const MOST_ASKED = [
  { href: '/articles/evidence-and-regulation/#evidence-by-use', question: 'Does it work?', hint: 'What the studies show, use by use' },
  { href: '/articles/costs/', question: 'What does it cost?', hint: 'Prices per session and for a course' },
  { href: '/articles/risks-and-side-effects/', question: 'Is it safe?', hint: 'Side effects, infections and warning signs' },
  { href: '/articles/who-should-not-have-it/', question: 'Who should not have it?', hint: 'Health reasons to avoid it' },
] as const

const TOOLS = [
  { href: '/tools/cost-estimator/', title: 'Cost estimator', hint: 'a rough total for a course' },
  { href: '/tools/consultation-checklist/', title: 'Consultation checklist', hint: 'questions to ask before you book' },
  { href: '/tools/aftercare-sheet/', title: 'Aftercare sheet', hint: 'one page to print' },
] as const

export default function HomePage() {
  const articles = getArticles()
  const { sources } = getContent()
  const faqCount = getFaqs().length
  return (
    <div className="stack home">
      <h1 className="page-title">Mesotherapy: what the evidence really says</h1>
      <p className="lead">
        Mesotherapy means many small injections into the skin, sold for cellulite, fat, skin, hair and pain. Here you get plain
        answers, with a source for every health statement.
      </p>
      <RiskCallout level="urgent" title={HELP_LINK_TEXT} headingLevel={2}>
        <UrgentSignsList />
        <p>
          <Link href={HELP_HREF} prefetch={false}>
            When to get help
          </Link>{' '}
          ·{' '}
          <Link href="/articles/risks-and-side-effects/" prefetch={false}>
            Risks and side effects
          </Link>
        </p>
      </RiskCallout>
      <nav aria-labelledby="most-asked" className="most-asked">
        <h2 id="most-asked">Most asked</h2>
        <ul className="shortcut-list">
          {MOST_ASKED.map((q) => (
            <li key={q.href}>
              <Link href={q.href} prefetch={false} className="shortcut">
                <span className="shortcut-title">{q.question}</span>
                <span className="shortcut-hint">{q.hint}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="shortcut-more">
          <Link href="/faq/" prefetch={false}>
            All {faqCount} common questions
          </Link>
        </p>
      </nav>
      <p>
        Most pages about mesotherapy are written by people who sell it. {site.name} is different: a source for every health
        statement, and a clear note wherever the evidence is thin or the sources disagree.
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <section className="box" aria-labelledby="what-this-is">
          <h2 id="what-this-is">What this site is</h2>
          <ul>
            <li>An independent guide that sells nothing and shows no ads.</li>
            <li>Every health statement links to its source, with the kind of source shown ({sources.length} in all).</li>
            <li>Written to be easy to read, with hard words explained.</li>
          </ul>
        </section>
        <section className="box" aria-labelledby="what-this-is-not">
          <h2 id="what-this-is-not">What this site is not</h2>
          <ul>
            <li>Not medical advice: it cannot tell you what is right for you.</li>
            <li>Not a clinic directory and not a price list.</li>
            <li>Not the last word: research changes, and we show the date each page was checked.</li>
          </ul>
        </section>
      </div>
      <section aria-labelledby="home-tools" className="box">
        <h2 id="home-tools">Tools</h2>
        <ul>
          {TOOLS.map((t) => (
            <li key={t.href}>
              <Link href={t.href} prefetch={false}>
                {t.title}
              </Link>
              : {t.hint}
            </li>
          ))}
        </ul>
      </section>
      <p>
        <Link href="/articles/where-sources-disagree/" prefetch={false}>See where sources disagree</Link> ·{' '}
        <Link href="/sources/" prefetch={false}>Browse all sources</Link>
      </p>
      <OptionsPromo />
      <ArticleSections articles={articles} idPrefix="home-" />
    </div>
  )
}
