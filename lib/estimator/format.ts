/**
 * Money and number formatting for the cost estimator, with Intl in the page's language
 * (`lang`, a BCP 47 tag from content/locales.yaml), so the server render and the browser give the
 * same text: "US$2,000" in en-GB, "2 000 €" in fr-FR. Words (currency names, "to") come from content.
 */

export const CURRENCIES = ['USD', 'EUR', 'GBP'] as const
export type Currency = (typeof CURRENCIES)[number]

export function isCurrency(v: string): v is Currency {
  return (CURRENCIES as readonly string[]).includes(v)
}

function finite(n: number, who: string) {
  if (!Number.isFinite(n)) throw new RangeError(`${who}: not a finite number (${n})`)
}

/** 1234567.5 → "1,234,567.5" (en-GB); at most two decimals, none when the value is whole. */
export function formatNumber(n: number, lang: string): string {
  finite(n, 'formatNumber')
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(Math.round(n * 100) / 100 || 0)
}

/** 2000, 'USD' → "US$2,000"; 1234.5, 'GBP' → "£1,234.50" (money shows pence/cents in full). */
export function formatMoney(amount: number, currency: Currency, lang: string): string {
  finite(amount, 'formatMoney')
  const cents = Math.round(amount * 100) / 100
  const digits = Number.isInteger(cents) ? 0 : 2
  return new Intl.NumberFormat(lang, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(cents)
}

/** The sign of a currency as the language writes it ("US$" in en-GB, "$US" in fr-FR). */
export function currencySymbol(currency: Currency, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'currency', currency }).formatToParts(1).find((p) => p.type === 'currency')?.value ?? currency
}
