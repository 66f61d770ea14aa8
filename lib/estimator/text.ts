/**
 * The words of the cost estimator, as loaded from content/<locale>/tools/cost-estimator.yaml
 * (`estimator:`; validated by lib/content/tools.ts). This module holds only their shape and the
 * placeholder filler: the island gets the words from the page's HTML, the server from lib/content.
 */
import type { Currency } from './format'
import type { FieldName } from './validate'

export interface PluralWords {
  one: string
  other: string
}

export interface FieldWords {
  label: string
  hint: string
  what: string
  expected: string
  example: string
}

export interface EstimatorText {
  currencies: Record<Currency, string>
  units: { session: PluralWords; topUp: PluralWords; year: PluralWords }
  range: string
  fields: Record<FieldName, FieldWords>
  messages: {
    enter: string
    empty: string
    notNumber: string
    countNotPrice: string
    otherCurrency: string
    anotherCurrency: string
    theChosenCurrency: string
    moreThan: string
    atLeast: string
    notBelow: string
    tooLarge: string
    notWhole: string
    tooManyDecimals: string
    highBelowLow: string
  }
  calculation: string
  result: {
    sessions: string
    how: string
    pricesFrom: string
    yearNotGiven: string
    ownPrices: string
    errorLabel: string
    noneStart: string
    noneFixOne: string
    noneFixMany: string
    miniStart: string
    miniTotal: string
    miniFix: string
    announceTotal: string
    announceFix: string
  }
}

/** Fills `{name}` placeholders; an unknown name is left as it is (the content checks catch it). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m))
}
