import Link from 'next/link'
import { PageTop } from '@/components/layout/page-top'
import { RiskCallout } from '@/components/callout/risk-callout'
import { SourceBadge } from '@/components/citation/source-badge'
import { fillLabel, getContent } from '@/lib/content'
import { getLocale } from '@/lib/content/locales'
import { getTools } from '@/lib/content/tools'
import { localizeHref } from '@/lib/content/links'
import { estimateCourse, makeEstimator } from '@/lib/estimator'
import { CostEstimator, type PricePreset } from './cost-estimator'
import { RichText, inlineCites } from './rich-text'
import { Cite, ToolReferences, toolRefs } from './tool-refs'
import './tool.css'

/** The worked example the form starts with: about 10 sessions, one US doctor's plan (costs article). */
const START = { sessions: 10, maintenance: 0, years: 0 }

/** The cost estimator page; its words are in content/<locale>/tools/cost-estimator.yaml. */
export function CostEstimatorPage({ locale }: { locale: string }) {
  const content = getContent(locale)
  const { prices } = content
  const tools = getTools(locale)
  const t = tools.costEstimator
  const est = makeEstimator(t.estimator, getLocale(locale).lang)
  const dated = prices.filter((p) => p.year !== undefined)
  const example = prices.find((p) => p.source === 'sivagnanam2010') ?? prices[0]
  const exampleTotal = example ? estimateCourse({ low: example.low, high: example.high, ...START }) : undefined
  const refs = toolRefs(
    content,
    [
      ...inlineCites(t.dated.vary, t.calculator.caveat, t.formula.example),
      ...prices.map((p) => p.source),
      ...inlineCites(t.prices.notInTable, t.sessions.intro, ...t.sessions.list, t.sessions.after, ...t.leftOut.list, t.leftOut.price),
    ],
    tools.index.references,
    locale,
  )

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
  const rich = (text: string) => <RichText text={text} refs={refs} locale={locale} />

  return (
    <div className="tool-page">
      <PageTop
        content={content}
        path={localizeHref(locale, '/tools/cost-estimator/')}
        crumbs={[{ href: localizeHref(locale, '/'), label: tools.index.home }, { href: localizeHref(locale, '/tools/'), label: tools.index.heading }, { label: t.breadcrumb }]}
      />
      <h1 className="page-title">{t.heading}</h1>
      <p className="lead">{t.lead}</p>

      <RiskCallout level="info" title={t.dated.title} headingLevel={2} ui={content.ui}>
        <p>
          <RichText
            text={dated.length === 1 ? t.dated.one : t.dated.other}
            refs={refs}
            locale={locale}
            vars={{
              dated: est.formatNumber(dated.length),
              total: est.formatNumber(prices.length),
              years: dated.length ? ` (${dated.map((p) => p.year).join(', ')})` : '',
              cites: <Cite refs={refs} ids={dated.map((p) => p.source)} />,
            }}
          />
        </p>
        <p>{rich(t.dated.vary)}</p>
      </RiskCallout>

      <section aria-labelledby="calculator" className="tool-section">
        <h2 id="calculator" className="section-title">
          {t.calculator.heading}
        </h2>
        <noscript>
          <p className="box tool-noscript">{t.calculator.noscript}</p>
        </noscript>
        <CostEstimator presets={presets} start={START} caveat={<p>{rich(t.calculator.caveat)}</p>} words={t.form} est={est} locale={locale} ui={content.ui} />
      </section>

      <section aria-labelledby="formula" className="tool-section prose prose-site">
        <h2 id="formula">{t.formula.heading}</h2>
        <p className="formula">{rich(t.formula.formula)}</p>
        <p>{rich(t.formula.twice)}</p>
        {example && exampleTotal ? (
          <p>
            <RichText
              text={t.formula.example}
              refs={refs}
              locale={locale}
              vars={{
                sessions: est.formatNumber(START.sessions),
                price: est.formatRange(example.low, example.high, example.currency),
                source: fillLabel(example.year ? t.formula.exampleSource.withYear : t.formula.exampleSource.noYear, {
                  year: example.year ?? '',
                  kind: content.ui.sourceTypes[refs.source(example.source).type].label.toLowerCase(),
                }),
                cites: <Cite refs={refs} ids={[example.source]} />,
                total: est.formatRange(exampleTotal.low, exampleTotal.high, example.currency),
              }}
            />
          </p>
        ) : null}
      </section>

      <section aria-labelledby="prices" className="tool-section">
        <h2 id="prices" className="section-title">
          {t.prices.heading}
        </h2>
        {/* Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */}
        <p className="table-scroll-note" aria-hidden="true">
          <span>{t.prices.swipe}</span> <span>→</span>
        </p>
        <div className="table-wrap" role="region" aria-labelledby="prices-caption" tabIndex={0}>
          <table className="tool-table">
            <caption id="prices-caption">{t.prices.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.prices.columns.price}</th>
                <th scope="col">{t.prices.columns.what}</th>
                <th scope="col">{t.prices.columns.year}</th>
                <th scope="col">{t.prices.columns.currency}</th>
                <th scope="col">{t.prices.columns.source}</th>
              </tr>
            </thead>
            <tbody>
              {prices.map((p) => {
                const s = refs.source(p.source)
                return (
                  <tr key={p.id}>
                    <th scope="row" className="tool-table-price">
                      {est.formatRange(p.low, p.high, p.currency)}
                    </th>
                    <td>{p.label}</td>
                    <td>{p.year ?? t.prices.yearNotGiven}</td>
                    <td>{fillLabel(t.prices.currency, { name: est.currencyInfo[p.currency].name, code: p.currency })}</td>
                    <td>
                      <Link href={localizeHref(locale, `/sources/#${s.id}`)} prefetch={false}>
                        {s.title}
                      </Link>
                      <Cite refs={refs} ids={[s.id]} /> <SourceBadge type={s.type} ui={content.ui} />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
        <div className="prose prose-site">
          <p>{rich(t.prices.notInTable)}</p>
        </div>
      </section>

      <section aria-labelledby="sessions" className="tool-section prose prose-site">
        <h2 id="sessions">{t.sessions.heading}</h2>
        <p>{rich(t.sessions.intro)}</p>
        <ul>
          {t.sessions.list.map((line) => (
            <li key={line}>{rich(line)}</li>
          ))}
        </ul>
        <p>{rich(t.sessions.after)}</p>
      </section>

      <section aria-labelledby="left-out" className="tool-section prose prose-site">
        <h2 id="left-out">{t.leftOut.heading}</h2>
        <ul>
          {t.leftOut.list.map((line) => (
            <li key={line}>{rich(line)}</li>
          ))}
        </ul>
        <p>{rich(t.leftOut.price)}</p>
        <p>{rich(t.leftOut.more)}</p>
      </section>

      <ToolReferences refs={refs} />
    </div>
  )
}
