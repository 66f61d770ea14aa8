import Link from 'next/link'
import { getArticles, getFaqs, getContent } from '@/lib/content'
import { ArticleSections } from '@/components/article/article-sections'
import { OptionsPromo } from '@/components/options/options-promo'
import { site } from '@/lib/site'
import { RiskCallout } from '@/components/callout/risk-callout'

export default function HomePage() {
  const articles = getArticles()
  const { sources } = getContent()
  const faqCount = getFaqs().length
  return (
    <div className="stack">
      <h1 className="page-title">Mesotherapy: what the evidence really says</h1>
      <p className="lead">
        Mesotherapy means many small injections into the skin, sold for cellulite, fat, skin, hair and pain. Most pages about it are
        written by people who sell it. {site.name} is different: plain answers, a source for every health statement, and a clear
        note wherever the evidence is thin or the sources disagree.
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
            <li>Not the last word: research changes, and we show the date each page was updated.</li>
          </ul>
        </section>
      </div>
      <RiskCallout level="urgent" title="Unwell after an injection?" headingLevel={2}>
        <p>
          Get medical help now if you have trouble breathing, swelling of the face, lips or throat, or a fever with red, hot, painful
          skin. Read <Link href="/articles/risks-and-side-effects/" prefetch={false}>risks and side effects</Link> for the signs to watch.
        </p>
      </RiskCallout>
      <p>
        <Link href="/faq/" prefetch={false}>Search {faqCount} common questions</Link> ·{' '}
        <Link href="/articles/where-sources-disagree/" prefetch={false}>See where sources disagree</Link> ·{' '}
        <Link href="/sources/" prefetch={false}>Browse all sources</Link>
      </p>
      <OptionsPromo />
      <ArticleSections articles={articles} idPrefix="home-" />
    </div>
  )
}
