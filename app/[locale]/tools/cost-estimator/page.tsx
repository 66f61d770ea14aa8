import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { RiskCallout } from '@/components/callout/risk-callout'
import { SourceBadge } from '@/components/citation/source-badge'
import { CostEstimator, type PricePreset } from '@/components/tool/cost-estimator'
import { Cite, ToolReferences, toolRefs } from '@/components/tool/tool-refs'
import { getContent, SOURCE_TYPE_INFO } from '@/lib/content'
import { CURRENCY_INFO, estimateCourse, formatRange } from '@/lib/estimator'
import '@/components/tool/tool.css'

export const metadata: Metadata = {
  title: 'Cost estimator: what a course could cost',
  description: 'Work out a rough total for a course of mesotherapy and top-ups, from dated, cited prices per session or from your own quote.',
  alternates: { canonical: '/tools/cost-estimator/' },
}

/** The worked example the form starts with: about 10 sessions, one US doctor's plan (costs article). */
const START = { sessions: 10, maintenance: 0, years: 0 }

export default function CostEstimatorPage() {
  const content = getContent()
  const { prices } = content
  const refs = toolRefs(content, [
    'sivagnanam2010',
    'seed002',
    'abc2003-bissoon',
    ...prices.map((p) => p.source),
    'park2008',
    'paolucci2019',
    'costantino2011',
    'jayasinghe2013',
    'mammucari2012',
    'singsing2022',
    'mayo-cellulite',
    'webmd-frenchway',
  ])

  const presets: PricePreset[] = prices.map((p) => {
    const s = refs.source(p.source)
    return {
      id: p.id,
      label: p.label,
      low: p.low,
      high: p.high,
      currency: p.currency,
      year: p.year,
      source: { id: s.id, title: s.title, type: s.type },
    }
  })
  const dated = prices.filter((p) => p.year !== undefined)
  const example = prices.find((p) => p.source === 'sivagnanam2010') ?? prices[0]
  const exampleTotal = example ? estimateCourse({ low: example.low, high: example.high, ...START }) : undefined

  return (
    <div className="tool-page">
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { href: '/tools/', label: 'Tools' }, { label: 'Cost estimator' }]} />
      <h1 className="page-title">Cost estimator</h1>
      <p className="lead">
        Work out a rough total for a course of mesotherapy, plus any top-up sessions. Start from a published price or from a quote you were
        given. The total is our own sum, not a quote from any clinic.
      </p>

      <RiskCallout level="info" title="Prices are dated and vary" headingLevel={2}>
        <p>
          Most published prices are old, undated or come from people who sell the treatment. Only {dated.length} of the {prices.length}{' '}
          prices below {dated.length === 1 ? 'says' : 'say'} what year {dated.length === 1 ? 'it is' : 'they are'} from
          {dated.length ? ` (${dated.map((p) => p.year).join(', ')})` : ''}
          <Cite refs={refs} ids={dated.map((p) => p.source)} />. We found no recent, independent survey of prices.
        </p>
        <p>
          Prices also depend on what is treated. The mix, the method and the number of sessions all change with the problem
          <Cite refs={refs} ids={['sivagnanam2010']} />. Ask the clinic for a written price for the whole course.
        </p>
      </RiskCallout>

      <section aria-labelledby="calculator" className="tool-section">
        <h2 id="calculator" className="section-title">
          Work out a total
        </h2>
        <noscript>
          <p className="box tool-noscript">
            The calculator needs JavaScript, which is switched off in your browser. You can still work out a total by hand: use the formula
            and the table of prices below.
          </p>
        </noscript>
        <CostEstimator
          presets={presets}
          start={START}
          caveat={
            <p>
              This is a rough guide, not a quote. The prices are dated and vary between countries, clinics and problems treated. Some come
              from sellers, who gain when people buy the treatment
              <Cite refs={refs} ids={['seed002']} />. We do not convert between currencies. Ask for a written price that includes the first
              visit and any top-ups.
            </p>
          }
        />
      </section>

      <section aria-labelledby="formula" className="tool-section prose prose-site">
        <h2 id="formula">How the total is worked out</h2>
        <p className="formula">
          <strong>Total</strong> = (sessions in the first course + top-up sessions a year × years of top-ups) × price per session
        </p>
        <p>
          We do this sum twice: once with the lowest price per session and once with the highest. That gives the total as a range, from low
          to high.
        </p>
        {example && exampleTotal ? (
          <p>
            For example, one US doctor&rsquo;s plan was about {START.sessions} sessions
            <Cite refs={refs} ids={['abc2003-bissoon']} />. At {formatRange(example.low, example.high, example.currency)} a session, the
            price range in a {example.year ? `${example.year} ` : ''}
            {SOURCE_TYPE_INFO[refs.source(example.source).type].label.toLowerCase()}
            <Cite refs={refs} ids={[example.source]} />, that comes to {formatRange(exampleTotal.low, exampleTotal.high, example.currency)}{' '}
            before any top-ups.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="prices" className="tool-section">
        <h2 id="prices" className="section-title">
          Published prices per session
        </h2>
        {/* Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */}
        <p className="table-scroll-note" aria-hidden="true">
          <span>Swipe sideways to see all 5 columns</span> <span>→</span>
        </p>
        <div className="table-wrap" role="region" aria-labelledby="prices-caption" tabIndex={0}>
          <table className="tool-table">
            <caption id="prices-caption">
              Price of one session as each source gives it. Prices are not adjusted for inflation or converted between currencies.
            </caption>
            <thead>
              <tr>
                <th scope="col">Price per session</th>
                <th scope="col">What the figure is</th>
                <th scope="col">Year of the figure</th>
                <th scope="col">Currency</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {prices.map((p) => {
                const s = refs.source(p.source)
                return (
                  <tr key={p.id}>
                    <th scope="row" className="tool-table-price">
                      {formatRange(p.low, p.high, p.currency)}
                    </th>
                    <td>{p.label}</td>
                    <td>{p.year ?? 'Year not given'}</td>
                    <td>
                      {CURRENCY_INFO[p.currency].name} ({p.currency})
                    </td>
                    <td>
                      <Link href={`/sources/#${s.id}`} prefetch={false}>
                        {s.title}
                      </Link>
                      <Cite refs={refs} ids={[s.id]} /> <SourceBadge type={s.type} />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
        <div className="prose prose-site">
          <p>
            Not in the table: a news report said one session could cost as much as US$500
            <Cite refs={refs} ids={['abc2003-bissoon']} />. It gives no lowest price, and we could not confirm its year. We found no price
            from a trusted source for the UK.
          </p>
        </div>
      </section>

      <section aria-labelledby="sessions" className="tool-section prose prose-site">
        <h2 id="sessions">How many sessions?</h2>
        <p>
          No one has agreed how many sessions you need. A 2010 review says there is no single plan for how to do it
          <Cite refs={refs} ids={['sivagnanam2010']} />. Here is what different sources describe:
        </p>
        <ul>
          <li>
            One US doctor&rsquo;s plan was about 10 sessions, one a week
            <Cite refs={refs} ids={['abc2003-bissoon']} />.
          </li>
          <li>
            A device seller says 4 to 10 sessions, then top-ups every few months
            <Cite refs={refs} ids={['seed002']} />.
          </li>
          <li>
            In one trial on thigh fat, women had a session every week for 12 weeks
            <Cite refs={refs} ids={['park2008']} />.
          </li>
          <li>
            In studies of muscle and joint pain, people had between 1 and 9 sessions
            <Cite refs={refs} ids={['paolucci2019']} />.
          </li>
          <li>
            In one trial for low back pain, people had 5 sessions over 13 days
            <Cite refs={refs} ids={['costantino2011']} />.
          </li>
        </ul>
        <p>
          No one knows how long results last, so no one can tell you how many top-ups you would need. One review says that fat cells which
          are only pushed to release fat stay alive and can fill up again
          <Cite refs={refs} ids={['jayasinghe2013']} />. One of that review&rsquo;s authors runs a mesotherapy clinic.
        </p>
      </section>

      <section aria-labelledby="left-out" className="tool-section prose prose-site">
        <h2 id="left-out">What the total leaves out</h2>
        <ul>
          <li>
            <strong>The first visit.</strong> A society of doctors who practise mesotherapy says treatment should only follow a full check-up
            and a diagnosis
            <Cite refs={refs} ids={['mammucari2012']} />. Ask whether this visit costs extra.
          </li>
          <li>
            <strong>Treating a problem.</strong> Some people get skin infections that need several courses of drugs over weeks, and many are
            left with scars
            <Cite refs={refs} ids={['singsing2022']} />. Ask who treats you, and who pays, if something goes wrong.
          </li>
          <li>
            <strong>Travel and time off.</strong> Weekly sessions mean many trips. One trial used 12 weekly visits
            <Cite refs={refs} ids={['park2008']} />.
          </li>
          <li>
            <strong>Creams sold with the treatment.</strong> The Mayo Clinic says no studies show that cellulite creams work
            <Cite refs={refs} ids={['mayo-cellulite']} />.
          </li>
          <li>
            <strong>Insurance.</strong> In the US, a WebMD feature says insurance does not cover it
            <Cite refs={refs} ids={['webmd-frenchway']} />. In France, cosmetic use is never paid for by the national health insurance
            <Cite refs={refs} ids={['mutuelles-meso-fr']} />.
          </li>
        </ul>
        <p>
          A higher price does not mean the treatment works better. In one trial, 12 weekly sessions on one thigh did not shrink it more than
          the untreated thigh
          <Cite refs={refs} ids={['park2008']} />.
        </p>
        <p>
          Read more in <Link href="/articles/costs/">what mesotherapy costs</Link>, and take the{' '}
          <Link href="/tools/consultation-checklist/">consultation checklist</Link> with you to ask for a written price.
        </p>
      </section>

      <ToolReferences refs={refs} />
    </div>
  )
}
