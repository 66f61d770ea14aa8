'use client'
import { useState, type ReactNode } from 'react'
import { SourceBadge } from '@/components/citation/source-badge'
import type { SourceType } from '@/lib/content/taxonomy'
import {
  CURRENCIES,
  CURRENCY_INFO,
  describeCalculation,
  estimateCourse,
  formatRange,
  isCurrency,
  plural,
  validateInput,
  type Currency,
  type FieldName,
  type RawInput,
} from '@/lib/estimator'
import { useHydrated } from './use-hydrated'

/** One cited price from content/prices.yaml, ready for the browser. */
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
  /** Counts the form starts with (a worked example from the costs article). */
  start: { sessions: number; maintenance: number; years: number }
  /** Server-rendered, cited caveat shown under the result. */
  caveat: ReactNode
}

const CUSTOM = 'custom'
const id = (name: string) => `est-${name}`

/**
 * The cost estimator: (sessions + top-ups a year × years) × price per session, for the lowest
 * and the highest price. Without JavaScript the form renders switched off; the page around it
 * carries the price table and the formula in words.
 */
export function CostEstimator({ presets, start, caveat }: Props) {
  const hydrated = useHydrated()
  const first = presets[0]
  const [preset, setPreset] = useState<string>(first?.id ?? CUSTOM)
  const [currency, setCurrency] = useState<Currency>(first?.currency ?? 'USD')
  const [raw, setRaw] = useState<RawInput>({
    low: first ? String(first.low) : '',
    high: first ? String(first.high) : '',
    sessions: String(start.sessions),
    maintenance: String(start.maintenance),
    years: String(start.years),
  })

  const result = validateInput(raw)
  const errors = result.errors
  const chosen = presets.find((p) => p.id === preset)

  const choosePreset = (value: string) => {
    setPreset(value)
    const p = presets.find((x) => x.id === value)
    if (!p) return
    setCurrency(p.currency)
    setRaw((r) => ({ ...r, low: String(p.low), high: String(p.high) }))
  }

  /** Editing a price or the currency away from the chosen preset switches to "my own prices". */
  const stillPreset = (next: { low: string; high: string; currency: Currency }) =>
    chosen && next.currency === chosen.currency && next.low.trim() === String(chosen.low) && next.high.trim() === String(chosen.high)

  const setField = (name: FieldName, value: string) => {
    const next = { ...raw, [name]: value }
    setRaw(next)
    if ((name === 'low' || name === 'high') && !stillPreset({ low: next.low, high: next.high, currency })) setPreset(CUSTOM)
  }

  const changeCurrency = (value: string) => {
    if (!isCurrency(value)) return
    setCurrency(value)
    if (!stillPreset({ low: raw.low, high: raw.high, currency: value })) setPreset(CUSTOM)
  }

  const field = (name: FieldName, label: string, hint: string, mode: 'decimal' | 'numeric', prefix?: string) => {
    const error = errors[name]
    const hintId = `${id(name)}-hint`
    const errorId = `${id(name)}-error`
    return (
      <div className="field">
        <label htmlFor={id(name)} className="field-label">
          {label}
        </label>
        <p id={hintId} className="field-hint">
          {hint}
        </p>
        <div className="field-input-row">
          {prefix ? (
            <span className="field-prefix" aria-hidden="true">
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
            value={raw[name]}
            disabled={!hydrated}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            onChange={(e) => setField(name, e.target.value)}
          />
        </div>
        {error ? (
          <p id={errorId} className="field-error">
            <span className="field-error-label">Error:</span> {error}
          </p>
        ) : null}
      </div>
    )
  }

  const errorCount = Object.keys(errors).length
  const estimate = result.ok ? estimateCourse(result.values) : undefined
  const money = CURRENCY_INFO[currency]

  return (
    <form className="estimator" noValidate onSubmit={(e) => e.preventDefault()} aria-label="Cost estimator">
      <fieldset className="est-step">
        <legend className="est-legend">
          <span className="est-step-number" aria-hidden="true">
            1
          </span>{' '}
          Start from a published price, or type your own
        </legend>
        <ul className="preset-list">
          {presets.map((p) => (
            <li key={p.id} className="preset">
              <input
                type="radio"
                name="preset"
                id={`preset-${p.id}`}
                value={p.id}
                checked={preset === p.id}
                disabled={!hydrated}
                onChange={() => choosePreset(p.id)}
                aria-describedby={`preset-${p.id}-about`}
                className="preset-radio"
              />
              <div className="preset-text">
                <label htmlFor={`preset-${p.id}`} className="preset-label">
                  <strong>{formatRange(p.low, p.high, p.currency)} a session</strong> <span className="preset-label-text">{p.label}</span>
                </label>
                <p id={`preset-${p.id}-about`} className="preset-about">
                  <span>
                    Source: <a href={`/sources/#${p.source.id}`}>{p.source.title}</a>
                  </span>{' '}
                  <SourceBadge type={p.source.type} />{' '}
                  <span className="preset-facts">
                    {p.year ? `Year of the figure: ${p.year}` : 'Year not given'} · Currency: {CURRENCY_INFO[p.currency].name} ({p.currency})
                  </span>
                </p>
              </div>
            </li>
          ))}
          <li className="preset">
            <input
              type="radio"
              name="preset"
              id="preset-custom"
              value={CUSTOM}
              checked={preset === CUSTOM}
              disabled={!hydrated}
              onChange={() => setPreset(CUSTOM)}
              className="preset-radio"
            />
            <div className="preset-text">
              <label htmlFor="preset-custom" className="preset-label">
                <strong>My own prices</strong> <span className="preset-label-text">For example, from a written quote</span>
              </label>
            </div>
          </li>
        </ul>
      </fieldset>

      <fieldset className="est-step">
        <legend className="est-legend">
          <span className="est-step-number" aria-hidden="true">
            2
          </span>{' '}
          Price per session
        </legend>
        <div className="field">
          <label htmlFor={id('currency')} className="field-label">
            Currency
          </label>
          <select id={id('currency')} className="field-input field-select" value={currency} disabled={!hydrated} onChange={(e) => changeCurrency(e.target.value)}>
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {CURRENCY_INFO[c].name} ({c})
              </option>
            ))}
          </select>
        </div>
        <div className="field-row">
          {field('low', `Lowest price per session, in ${money.name}`, 'If you have one price, type it in both boxes.', 'decimal', money.symbol)}
          {field('high', `Highest price per session, in ${money.name}`, 'The same as the lowest price, or more.', 'decimal', money.symbol)}
        </div>
      </fieldset>

      <fieldset className="est-step">
        <legend className="est-legend">
          <span className="est-step-number" aria-hidden="true">
            3
          </span>{' '}
          Number of sessions
        </legend>
        <div className="field-row field-row-3">
          {field('sessions', 'Sessions in the first course', 'A whole number from 1 to 100.', 'numeric')}
          {field('maintenance', 'Top-up sessions a year', 'A whole number from 0 to 52. Type 0 for none.', 'numeric')}
          {field('years', 'Years of top-ups', 'A whole number from 0 to 50. Type 0 for none.', 'numeric')}
        </div>
      </fieldset>

      <div className="estimate" aria-labelledby="estimate-heading" role="group">
        <h3 id="estimate-heading" className="estimate-heading">
          Estimated total
        </h3>
        <output id="estimate-output" htmlFor={`${id('low')} ${id('high')} ${id('sessions')} ${id('maintenance')} ${id('years')}`} aria-live="polite" className="estimate-output">
          {estimate && result.ok ? (
            <>
              <span className="estimate-total">{formatRange(estimate.low, estimate.high, currency)}</span>{' '}
              <span className="estimate-sessions">
                for {plural(estimate.totalSessions, 'session')} in all, at {formatRange(result.values.low, result.values.high, currency)} a session.
              </span>{' '}
              <span className="estimate-how">
                <strong>How we worked it out:</strong> {describeCalculation(result.values, estimate, currency)}
              </span>{' '}
              <span className="estimate-prices">
                {chosen ? (
                  <>
                    Prices from {chosen.source.title} ({chosen.year ?? 'year not given'}).
                  </>
                ) : (
                  <>Prices: your own.</>
                )}
              </span>
            </>
          ) : (
            <span className="estimate-none">
              No total yet. Fix the {errorCount === 1 ? 'box' : `${errorCount} boxes`} marked &ldquo;Error&rdquo; above.
            </span>
          )}
        </output>
        <div className="estimate-caveat">{caveat}</div>
      </div>
    </form>
  )
}
