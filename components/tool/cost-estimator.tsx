import type { ReactNode } from 'react'
import { SourceBadge } from '@/components/citation/source-badge'
import { fillLabel } from '@/lib/content'
import type { CostEstimatorText } from '@/lib/content/tools'
import { localizeHref } from '@/lib/content/links'
import type { SourceType } from '@/lib/content/taxonomy'
import type { UiText } from '@/lib/content/ui'
import { CURRENCIES, type Currency, type Estimator, type FieldName } from '@/lib/estimator'

/** One cited price from content/prices.yaml, ready for the page. */
export interface PricePreset {
  id: string
  label: string
  low: number
  high: number
  currency: Currency
  year?: number
  source: { id: string; title: string; type: SourceType }
}

interface Props {
  presets: PricePreset[]
  /**
   * Top-up counts the form starts with. The number of sessions starts empty: readers type the
   * number from their own quote (a worked example with 10 sessions is in the text below the form).
   */
  start: { maintenance: number; years: number }
  /** Server-rendered, cited caveat shown under the result. */
  caveat: ReactNode
  /** The form's words (content/<locale>/tools/cost-estimator.yaml `form`). */
  words: CostEstimatorText['form']
  /** The estimator in the page's language; its words go to the island in `data-text`. */
  est: Estimator
  locale: string
  /** The interface words (source badges). */
  ui: UiText
}

const id = (name: string) => `est-${name}`

function Field({ name, label, hint, mode, value, prefix }: { name: FieldName; label: string; hint: string; mode: 'decimal' | 'numeric'; value: string; prefix?: string }) {
  return (
    <div className="field">
      <label htmlFor={id(name)} className="field-label" data-label={name}>
        {label}
      </label>
      <p id={`${id(name)}-hint`} className="field-hint">
        {hint}
      </p>
      <div className="field-input-row">
        {prefix ? (
          <span className="field-prefix" aria-hidden="true" data-prefix="">
            {prefix}
          </span>
        ) : null}
        <input
          id={id(name)}
          name={name}
          type="text"
          inputMode={mode}
          autoComplete="off"
          spellCheck={false}
          className="field-input"
          defaultValue={value}
          aria-describedby={`${id(name)}-hint`}
        />
      </div>
      <p id={`${id(name)}-error`} className="field-error" hidden />
    </div>
  )
}

/**
 * The cost estimator form: (sessions + top-ups a year × years) × price per session, for the
 * lowest and the highest price. The estimator island does the sums with the words and language
 * it reads from `data-text` and `data-lang`; without JavaScript the form is hidden (a note
 * explains, and the page carries the price table and the formula in words).
 */
export function CostEstimator({ presets, start, caveat, words, est, locale, ui }: Props) {
  const first = presets[0]
  const currency: Currency = first?.currency ?? 'USD'
  const money = est.currencyInfo[currency]
  const f = est.text.fields
  const r = est.text.result
  return (
    <form
      className="estimator js-only"
      noValidate
      aria-label={words.name}
      data-island="estimator"
      data-lang={est.lang}
      data-text={JSON.stringify(est.text)}
    >
      <Step n={1} title={words.step1}>
        <ul className="preset-list">
          {presets.map((p, i) => (
            <li key={p.id} className="preset">
              <input
                type="radio"
                name="preset"
                id={`preset-${p.id}`}
                value={p.id}
                defaultChecked={i === 0}
                aria-describedby={`preset-${p.id}-about`}
                className="preset-radio"
                data-low={p.low}
                data-high={p.high}
                data-currency={p.currency}
                data-source={p.source.title}
                data-year={p.year ?? ''}
              />
              <div className="preset-text">
                <label htmlFor={`preset-${p.id}`} className="preset-label">
                  <strong>{fillLabel(words.presetLabel, { price: est.formatRange(p.low, p.high, p.currency) })}</strong>{' '}
                  <span className="preset-label-text">{p.label}</span>
                </label>
                <p id={`preset-${p.id}-about`} className="preset-about">
                  <span>
                    {words.source} <a href={localizeHref(locale, `/sources/#${p.source.id}`)}>{p.source.title}</a>
                  </span>{' '}
                  <SourceBadge type={p.source.type} ui={ui} />{' '}
                  <span className="preset-facts">
                    {p.year ? fillLabel(words.year, { year: p.year }) : words.yearNotGiven} ·{' '}
                    {fillLabel(words.currency, { name: est.currencyInfo[p.currency].name, code: p.currency })}
                  </span>
                </p>
              </div>
            </li>
          ))}
          <li className="preset">
            <input type="radio" name="preset" id="preset-custom" value="custom" defaultChecked={!first} className="preset-radio" />
            <div className="preset-text">
              <label htmlFor="preset-custom" className="preset-label">
                <strong>{words.own}</strong> <span className="preset-label-text">{words.ownHint}</span>
              </label>
            </div>
          </li>
        </ul>
      </Step>

      <Step n={2} title={words.step2}>
        <div className="field">
          <label htmlFor={id('currency')} className="field-label">
            {words.currencyLabel}
          </label>
          <select id={id('currency')} name="currency" className="field-input field-select" defaultValue={currency}>
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {fillLabel(words.currencyOption, { name: est.currencyInfo[c].name, code: c })}
              </option>
            ))}
          </select>
        </div>
        <div className="field-row">
          <Field name="low" label={fillLabel(f.low.label, { currency: money.name })} hint={f.low.hint} mode="decimal" value={first ? String(first.low) : ''} prefix={money.symbol} />
          <Field name="high" label={fillLabel(f.high.label, { currency: money.name })} hint={f.high.hint} mode="decimal" value={first ? String(first.high) : ''} prefix={money.symbol} />
        </div>
      </Step>

      <Step n={3} title={words.step3}>
        <div className="field-row field-row-3">
          <Field name="sessions" label={f.sessions.label} hint={f.sessions.hint} mode="numeric" value="" />
          <Field name="maintenance" label={f.maintenance.label} hint={f.maintenance.hint} mode="numeric" value={String(start.maintenance)} />
          <Field name="years" label={f.years.label} hint={f.years.hint} mode="numeric" value={String(start.years)} />
        </div>
      </Step>

      {/* On phones, a short copy of the total stays in view at the bottom while the fields are edited. */}
      <p className="estimate-mini" aria-hidden="true" data-mini="">
        {r.miniStart}
      </p>

      <div className="estimate" aria-labelledby="estimate-heading" role="group">
        <h3 id="estimate-heading" className="estimate-heading">
          {words.total}
        </h3>
        <output id="estimate-output" htmlFor={`${id('low')} ${id('high')} ${id('sessions')} ${id('maintenance')} ${id('years')}`} className="estimate-output">
          <span className="estimate-none">{r.noneStart}</span>
        </output>
        {/* Screen readers hear the new total once the typing pauses, not the whole explanation on every key. */}
        <p className="sr-only" aria-live="polite" aria-atomic="true" data-announce="" />
        <div className="estimate-caveat">{caveat}</div>
      </div>
    </form>
  )
}

/** One numbered step of the form: a fieldset whose legend carries the step number (hidden from screen readers). */
function Step({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <fieldset className="est-step">
      <legend className="est-legend">
        <span className="est-step-number" aria-hidden="true">
          {n}
        </span>{' '}
        {title}
      </legend>
      {children}
    </fieldset>
  )
}
