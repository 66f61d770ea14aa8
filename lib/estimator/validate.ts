/**
 * Validation of the cost estimator's fields. Pure functions: the raw text of a field goes in,
 * a finite number or a plain-language message saying what to enter comes out. Never NaN or Infinity.
 */
import { CURRENCY_INFO, formatNumber, type Currency } from './format'

export const FIELDS = ['low', 'high', 'sessions', 'maintenance', 'years'] as const
export type FieldName = (typeof FIELDS)[number]

export interface FieldRule {
  /** What the field holds, in words used inside messages ("the lowest price for one session"). */
  what: string
  min: number
  max: number
  /** Whether the lowest allowed value (min) itself is allowed. Prices must be above 0. */
  minInclusive: boolean
  /** Whole numbers only (counts of sessions and years). */
  integer: boolean
  /** Largest number of decimal places allowed when not an integer. */
  decimals: number
  /** A sensible value to show in messages. */
  example: string
}

/** Sensible bounds: nobody pays more than 100,000 for one session or has more than one top-up a week. */
export const RULES: Record<FieldName, FieldRule> = {
  low: { what: 'the lowest price for one session', min: 0, max: 100_000, minInclusive: false, integer: false, decimals: 2, example: '200' },
  high: { what: 'the highest price for one session', min: 0, max: 100_000, minInclusive: false, integer: false, decimals: 2, example: '600' },
  sessions: { what: 'the number of sessions in the first course', min: 1, max: 100, minInclusive: true, integer: true, decimals: 0, example: '10' },
  maintenance: { what: 'the number of top-up sessions a year', min: 0, max: 52, minInclusive: true, integer: true, decimals: 0, example: '4' },
  years: { what: 'the number of years of top-ups', min: 0, max: 50, minInclusive: true, integer: true, decimals: 0, example: '2' },
}

export type Problem = 'empty' | 'not-a-number' | 'negative' | 'too-small' | 'too-large' | 'not-whole' | 'too-many-decimals' | 'other-currency'

export type FieldResult = { ok: true; value: number } | { ok: false; problem: Problem; message: string }

const SPACES = /[\s\u00a0\u202f\u2009]/g
/** "200", "199.99", ".5" and "200." (a trailing point means no decimals). */
const PLAIN = /^(?:\d+(?:\.\d*)?|\.\d+)$/
const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/
/** European style: "1.000", "12.500,50" (points group thousands, a comma marks decimals). */
const THOUSANDS_EU = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d{1,2})?$/
const DECIMAL_COMMA = /^\d+,\d{1,2}$/

/** The currency a sign stands for ("$" is read as US dollars). */
const SIGNS: Record<string, Currency> = { US$: 'USD', $: 'USD', '€': 'EUR', '£': 'GBP' }

export interface ReadNumber {
  value: number
  negative: boolean
  decimals: number
  /** The currency of a sign typed with the number, if any. */
  currency?: Currency
}

/**
 * Reads a number written by a person: "200", "199.99", "200.", "1,000", "1 000", "1.000" (European
 * thousands), "45,50" (decimal comma), with or without a currency sign. Returns null for anything
 * else (letters, "1e5", "Infinity", "0x10"). A leading minus is reported separately so the message
 * can say why.
 */
export function readNumber(raw: string): ReadNumber | null {
  const m = /^([-−–])?(US\$|\$|€|£)?([-−–])?([\d.,]+)(€|£|\$)?$/.exec(raw.replace(SPACES, ''))
  if (!m || (m[1] && m[3]) || (m[2] && m[5])) return null
  const s = m[4] ?? ''
  let normal: string
  // "1.000" is a thousand, as written in much of Europe (nobody types 1.000 for one).
  if (THOUSANDS_EU.test(s)) normal = s.replace(/\./g, '').replace(',', '.')
  else if (PLAIN.test(s)) normal = s.replace(/\.$/, '')
  else if (THOUSANDS.test(s)) normal = s.replace(/,/g, '')
  else if (DECIMAL_COMMA.test(s)) normal = s.replace(',', '.')
  else return null
  const value = Number(normal)
  if (Number.isNaN(value)) return null
  const sign = m[2] ?? m[5]
  const out: ReadNumber = { value, negative: Boolean(m[1] ?? m[3]), decimals: normal.split('.')[1]?.length ?? 0 }
  if (sign) out.currency = SIGNS[sign]
  return out
}

const fmt = (n: number) => (Number.isFinite(n) ? formatNumber(n) : String(n))

/** "a whole number from 1 to 100" / "a price above 0 and up to 100,000" */
export function expected(rule: FieldRule): string {
  const kind = rule.integer ? 'a whole number' : 'a number'
  const lower = rule.minInclusive ? `from ${fmt(rule.min)}` : `above ${fmt(rule.min)}`
  const upper = rule.minInclusive ? `to ${fmt(rule.max)}` : `and up to ${fmt(rule.max)}`
  return `${kind} ${lower} ${upper}`
}

function fail(problem: Problem, rule: FieldRule, why: string): FieldResult {
  return { ok: false, problem, message: `${why} Enter ${expected(rule)} for ${rule.what}, for example ${rule.example}.` }
}

/** "This must be at least 1." / "This must be more than 0." / "This cannot be less than 0." */
function lowest(rule: FieldRule): string {
  if (!rule.minInclusive) return `This must be more than ${fmt(rule.min)}.`
  return rule.min === 0 ? 'This cannot be less than 0.' : `This must be at least ${fmt(rule.min)}.`
}

/**
 * Checks one field's raw text against its rule. With `currency`, a price typed with the sign of
 * another currency ("£200" while euros are chosen) is refused: we never convert between currencies.
 */
export function validateField(raw: string, rule: FieldRule, currency?: Currency): FieldResult {
  if (raw.replace(SPACES, '') === '') return fail('empty', rule, 'This is empty.')
  const read = readNumber(raw)
  if (!read) return fail('not-a-number', rule, 'This is not a number. Use digits only.')
  const { value, negative, decimals } = read
  if (read.currency && (rule.integer || (currency && read.currency !== currency))) {
    const typed = CURRENCY_INFO[read.currency]
    const why = rule.integer
      ? `This is a count, not a price: leave out the ${typed.symbol} sign.`
      : `This price is in ${typed.name} (${typed.symbol}), but the currency chosen above is ${currency ? CURRENCY_INFO[currency].name : 'another one'}. We do not convert between currencies: choose ${typed.name} above, or type the price in ${currency ? CURRENCY_INFO[currency].name : 'the chosen currency'}.`
    return { ok: false, problem: 'other-currency', message: why }
  }
  if (negative && value !== 0) return fail('negative', rule, lowest(rule))
  if (!Number.isFinite(value) || value > rule.max) return fail('too-large', rule, `This is too large: the most is ${fmt(rule.max)}.`)
  if (value < rule.min || (!rule.minInclusive && value === rule.min)) {
    return fail('too-small', rule, lowest(rule))
  }
  if (rule.integer && !Number.isInteger(value)) return fail('not-whole', rule, 'This must be a whole number, with no decimals.')
  if (!rule.integer && decimals > rule.decimals) return fail('too-many-decimals', rule, `Use no more than ${rule.decimals} decimal places.`)
  return { ok: true, value }
}

export type RawInput = Record<FieldName, string>
export interface ValidInput {
  low: number
  high: number
  sessions: number
  maintenance: number
  years: number
}

export type InputResult =
  | { ok: true; values: ValidInput; errors: Partial<Record<FieldName, string>> }
  | { ok: false; values?: undefined; errors: Partial<Record<FieldName, string>> }

/** Checks every field, then that the highest price is not below the lowest. */
export function validateInput(raw: RawInput, currency?: Currency): InputResult {
  const errors: Partial<Record<FieldName, string>> = {}
  const values: Partial<ValidInput> = {}
  for (const name of FIELDS) {
    const r = validateField(raw[name], RULES[name], currency)
    if (r.ok) values[name] = r.value
    else errors[name] = r.message
  }
  if (values.low !== undefined && values.high !== undefined && values.high < values.low) {
    errors.high = `This is less than the lowest price (${fmt(values.low)}). Enter a highest price that is the same as the lowest price or more.`
    delete values.high
  }
  const v = values
  if (v.low !== undefined && v.high !== undefined && v.sessions !== undefined && v.maintenance !== undefined && v.years !== undefined) {
    return { ok: true, values: { low: v.low, high: v.high, sessions: v.sessions, maintenance: v.maintenance, years: v.years }, errors }
  }
  return { ok: false, errors }
}
