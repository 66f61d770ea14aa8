/**
 * Validation of the cost estimator's fields. Pure functions: the raw text of a field goes in,
 * a finite number or a plain-language message saying what to enter comes out. Never NaN or Infinity.
 * The messages' words come from content (see ./estimator.ts, which binds them).
 */
import type { Currency } from './format'

export const FIELDS = ['low', 'high', 'sessions', 'maintenance', 'years'] as const
export type FieldName = (typeof FIELDS)[number]

export interface FieldRule {
  /** Which field; its words (what it holds, an example, the expected range) come from content. */
  name: FieldName
  min: number
  max: number
  /** Whether the lowest allowed value (min) itself is allowed. Prices must be above 0. */
  minInclusive: boolean
  /** Whole numbers only (counts of sessions and years). */
  integer: boolean
  /** Largest number of decimal places allowed when not an integer. */
  decimals: number
}

/** Sensible bounds: nobody pays more than 100,000 for one session or has more than one top-up a week. */
export const RULES: Record<FieldName, FieldRule> = {
  low: { name: 'low', min: 0, max: 100_000, minInclusive: false, integer: false, decimals: 2 },
  high: { name: 'high', min: 0, max: 100_000, minInclusive: false, integer: false, decimals: 2 },
  sessions: { name: 'sessions', min: 1, max: 100, minInclusive: true, integer: true, decimals: 0 },
  maintenance: { name: 'maintenance', min: 0, max: 52, minInclusive: true, integer: true, decimals: 0 },
  years: { name: 'years', min: 0, max: 50, minInclusive: true, integer: true, decimals: 0 },
}

export type Problem = 'empty' | 'not-a-number' | 'negative' | 'too-small' | 'too-large' | 'not-whole' | 'too-many-decimals' | 'other-currency'

export type FieldResult = { ok: true; value: number } | { ok: false; problem: Problem; message: string }

export const SPACES = /[\s\u00a0\u202f\u2009]/g
/** "200", "199.99", ".5" and "200." (a trailing point means no decimals). */
const PLAIN = /^(?:\d+(?:\.\d*)?|\.\d+)$/
const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/
/** European style: "1.000", "12.500,50" (points group thousands, a comma marks decimals). */
const THOUSANDS_EU = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d{1,2})?$/
const DECIMAL_COMMA = /^\d+,\d{1,2}$/

/** The currency a sign stands for ("$" is read as US dollars). */
const SIGNS: Record<string, Currency> = { US$: 'USD', $US: 'USD', $: 'USD', '€': 'EUR', '£': 'GBP', '£GB': 'GBP' }

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
  const m = /^([-−–])?(US\$|\$|€|£)?([-−–])?([\d.,]+)(€|£GB|£|\$US|\$)?$/.exec(raw.replace(SPACES, ''))
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
