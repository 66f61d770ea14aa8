/**
 * Money and number formatting for the cost estimator. Hand-written rather than Intl so the
 * server render and the browser always give the same text.
 */

export const CURRENCIES = ['USD', 'EUR', 'GBP'] as const
export type Currency = (typeof CURRENCIES)[number]

export const CURRENCY_INFO: Record<Currency, { symbol: string; name: string }> = {
  USD: { symbol: 'US$', name: 'US dollars' },
  EUR: { symbol: '€', name: 'euros' },
  GBP: { symbol: '£', name: 'pounds sterling' },
}

export function isCurrency(v: string): v is Currency {
  return (CURRENCIES as readonly string[]).includes(v)
}

/** 1234567.5 → "1,234,567.5"; at most two decimals, none when the value is whole. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`formatNumber: not a finite number (${n})`)
  const cents = Math.round(Math.abs(n) * 100)
  const whole = Math.floor(cents / 100)
  const frac = cents % 100
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const sign = n < 0 && cents !== 0 ? '-' : ''
  if (frac === 0) return `${sign}${grouped}`
  return `${sign}${grouped}.${String(frac).padStart(2, '0').replace(/0$/, '')}`
}

/** 2000, 'USD' → "US$2,000"; 1234.5, 'GBP' → "£1,234.50" (money shows pence/cents in full). */
export function formatMoney(amount: number, currency: Currency): string {
  const text = formatNumber(amount)
  const [whole, frac] = text.split('.')
  return `${CURRENCY_INFO[currency].symbol}${whole}${frac ? `.${frac.padEnd(2, '0')}` : ''}`
}

/** "US$2,000 to US$6,000", or a single amount when both ends are the same. */
export function formatRange(low: number, high: number, currency: Currency): string {
  const a = formatMoney(low, currency)
  const b = formatMoney(high, currency)
  return a === b ? a : `${a} to ${b}`
}

/** "1 session", "3 sessions" */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`
}
