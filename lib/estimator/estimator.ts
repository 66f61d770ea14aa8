/**
 * The estimator in one language: validation messages, money and the calculation in words, built
 * from the words in content (EstimatorText) and the language tag for Intl. The server and the
 * island both call this, so they always say the same thing.
 */
import { CURRENCIES, currencySymbol, formatMoney as money, formatNumber as num, type Currency } from './format'
import { estimateCourse, type Estimate } from './estimate'
import { fill, type EstimatorText, type PluralWords } from './text'
import { FIELDS, RULES, SPACES, readNumber, type FieldResult, type FieldRule, type InputResult, type Problem, type RawInput, type ValidInput } from './validate'

export type Estimator = ReturnType<typeof makeEstimator>

export function makeEstimator(text: EstimatorText, lang: string) {
  const m = text.messages
  const plurals = new Intl.PluralRules(lang)
  const formatNumber = (n: number) => num(n, lang)
  const fmt = (n: number) => (Number.isFinite(n) ? formatNumber(n) : String(n))
  const formatMoney = (amount: number, currency: Currency) => money(amount, currency, lang)

  /** "US$2,000 to US$6,000", or a single amount when both ends are the same. */
  function formatRange(low: number, high: number, currency: Currency): string {
    const a = formatMoney(low, currency)
    const b = formatMoney(high, currency)
    return a === b ? a : fill(text.range, { low: a, high: b })
  }

  /** "1 session", "3 sessions" (the language's plural rules). */
  function plural(n: number, words: PluralWords): string {
    return `${formatNumber(n)} ${plurals.select(n) === 'one' ? words.one : words.other}`
  }

  /** "a whole number from 1 to 100" / "a number above 0 and up to 100,000" */
  function expected(rule: FieldRule): string {
    return fill(text.fields[rule.name].expected, { min: fmt(rule.min), max: fmt(rule.max) })
  }

  function fail(problem: Problem, rule: FieldRule, why: string): FieldResult {
    const f = text.fields[rule.name]
    return { ok: false, problem, message: fill(m.enter, { why, expected: expected(rule), what: f.what, example: f.example }) }
  }

  function lowest(rule: FieldRule): string {
    if (!rule.minInclusive) return fill(m.moreThan, { min: fmt(rule.min) })
    return fill(rule.min === 0 ? m.notBelow : m.atLeast, { min: fmt(rule.min) })
  }

  /**
   * Checks one field's raw text against its rule. With `currency`, a price typed with the sign of
   * another currency ("£200" while euros are chosen) is refused: we never convert between currencies.
   */
  function validateField(raw: string, rule: FieldRule, currency?: Currency): FieldResult {
    if (raw.replace(SPACES, '') === '') return fail('empty', rule, m.empty)
    const read = readNumber(raw)
    if (!read) return fail('not-a-number', rule, m.notNumber)
    const { value, negative, decimals } = read
    if (read.currency && (rule.integer || (currency && read.currency !== currency))) {
      const sign = currencySymbol(read.currency, lang)
      const why = rule.integer
        ? fill(m.countNotPrice, { sign })
        : fill(m.otherCurrency, {
            typed: text.currencies[read.currency],
            sign,
            chosen: currency ? text.currencies[currency] : m.anotherCurrency,
            chosenIn: currency ? text.currencies[currency] : m.theChosenCurrency,
          })
      return { ok: false, problem: 'other-currency', message: why }
    }
    if (negative && value !== 0) return fail('negative', rule, lowest(rule))
    if (!Number.isFinite(value) || value > rule.max) return fail('too-large', rule, fill(m.tooLarge, { max: fmt(rule.max) }))
    if (value < rule.min || (!rule.minInclusive && value === rule.min)) return fail('too-small', rule, lowest(rule))
    if (rule.integer && !Number.isInteger(value)) return fail('not-whole', rule, m.notWhole)
    if (!rule.integer && decimals > rule.decimals) return fail('too-many-decimals', rule, fill(m.tooManyDecimals, { decimals: rule.decimals }))
    return { ok: true, value }
  }

  /** Checks every field, then that the highest price is not below the lowest. */
  function validateInput(raw: RawInput, currency?: Currency): InputResult {
    const errors: Partial<Record<(typeof FIELDS)[number], string>> = {}
    const values: Partial<ValidInput> = {}
    for (const name of FIELDS) {
      const r = validateField(raw[name], RULES[name], currency)
      if (r.ok) values[name] = r.value
      else errors[name] = r.message
    }
    if (values.low !== undefined && values.high !== undefined && values.high < values.low) {
      errors.high = fill(m.highBelowLow, { low: fmt(values.low) })
      delete values.high
    }
    const v = values
    if (v.low !== undefined && v.high !== undefined && v.sessions !== undefined && v.maintenance !== undefined && v.years !== undefined) {
      return { ok: true, values: { low: v.low, high: v.high, sessions: v.sessions, maintenance: v.maintenance, years: v.years }, errors }
    }
    return { ok: false, errors }
  }

  /**
   * The calculation in words, e.g.
   * "(10 sessions + 4 top-ups a year × 2 years) × US$200 to US$600 a session = 18 sessions × US$200 to US$600 = US$3,600 to US$10,800."
   */
  function describeCalculation(input: ValidInput, estimate: Estimate, currency: Currency): string {
    const u = text.units
    return fill(text.calculation, {
      sessions: plural(input.sessions, u.session),
      maintenance: plural(input.maintenance, u.topUp),
      years: plural(input.years, u.year),
      price: formatRange(input.low, input.high, currency),
      totalSessions: plural(estimate.totalSessions, u.session),
      total: formatRange(estimate.low, estimate.high, currency),
    })
  }

  /** Name and sign of each currency, in this language. */
  const currencyInfo = Object.fromEntries(CURRENCIES.map((c) => [c, { name: text.currencies[c], symbol: currencySymbol(c, lang) }])) as Record<
    Currency,
    { name: string; symbol: string }
  >

  return { text, lang, formatNumber, formatMoney, formatRange, plural, expected, validateField, validateInput, describeCalculation, estimateCourse, currencyInfo }
}
