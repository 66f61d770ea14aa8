/**
 * The tool pages' words (content/<locale dir>/tools/*.yaml): the tools index, the aftercare sheet,
 * the consultation checklist and the cost estimator, with the estimator's messages. Strict schemas:
 * a key missing from a translation, or an unknown one, fails naming the file and the key; a
 * template that lost a `{placeholder}` the code fills fails too.
 */
import { z } from 'zod'
import type { EstimatorText } from '../estimator/text'
import { readLocaleYaml, template, text } from './locale-files'

const cites = z.array(z.string().min(1)).min(1).optional()
const point = z.strictObject({ text, cites })
const points = z.array(point).min(1)
const cardSchema = z.strictObject({ href: z.string().regex(/^\/[a-z0-9/-]*$/, 'use a site path such as /tools/cost-estimator/'), title: text, text })

export const toolsIndexSchema = z.strictObject({
  title: text,
  description: text.max(160, 'keep it to 160 characters or fewer'),
  home: text,
  heading: text,
  lead: text,
  cards: z.array(cardSchema).length(3, 'list the three tools'),
  references: z.strictObject({ heading: text, more: text, marker: template('n', 'title') }),
})

const page = {
  title: text,
  description: text.max(160, 'keep it to 160 characters or fewer'),
  breadcrumb: text,
  heading: text,
  lead: text,
}

const stageSchema = z.strictObject({ id: z.string().regex(/^[a-z-]+$/), when: text, expect: points, todo: points, call: points })

export const aftercareSheetSchema = z.strictObject({
  ...page,
  print: text,
  printNote: text,
  urgent: z.strictObject({ title: text, intro: text, signs: z.array(text).min(1), points }),
  details: z.strictObject({ heading: text, fields: z.array(z.strictObject({ id: z.string().regex(/^[a-z-]+$/), label: text })).min(1) }),
  timeline: z.strictObject({ heading: text, intro: points, roughGuide: text, expect: text, todo: text, call: text }),
  stages: z.array(stageSchema).min(1),
  tell: z.strictObject({ label: text, points }),
  more: text,
  printFooter: template('site', 'url'),
})

const itemSchema = z.strictObject({ id: z.string().regex(/^[a-z-]+$/, 'use lowercase letters and hyphens'), text, why: text.optional(), cites })
const items = z.array(itemSchema).min(1)

export const checklistSchema = z.strictObject({
  ...page,
  print: text,
  printNote: text,
  questions: z.strictObject({ heading: text, intro: text, items }),
  health: z.strictObject({ heading: text, intro: text, items, notSure: z.strictObject({ title: text, text }) }),
  written: z.strictObject({ heading: text, items }),
  redFlags: z.strictObject({ heading: text, items, after: text }),
})

const plural = z.strictObject({ one: text, other: text })
const fieldWords = (...expected: string[]) =>
  z.strictObject({ label: text, hint: text, what: text, expected: template(...expected), example: text })
const priceFieldWords = z.strictObject({ label: template('currency'), hint: text, what: text, expected: template('min', 'max'), example: text })

export const estimatorTextSchema = z.strictObject({
  currencies: z.strictObject({ USD: text, EUR: text, GBP: text }),
  units: z.strictObject({ session: plural, topUp: plural, year: plural }),
  range: template('low', 'high'),
  fields: z.strictObject({
    low: priceFieldWords,
    high: priceFieldWords,
    sessions: fieldWords('min', 'max'),
    maintenance: fieldWords('min', 'max'),
    years: fieldWords('min', 'max'),
  }),
  messages: z.strictObject({
    enter: template('why', 'expected', 'what', 'example'),
    empty: text,
    notNumber: text,
    countNotPrice: template('sign'),
    otherCurrency: template('typed', 'sign', 'chosen', 'chosenIn'),
    anotherCurrency: text,
    theChosenCurrency: text,
    moreThan: template('min'),
    atLeast: template('min'),
    notBelow: template('min'),
    tooLarge: template('max'),
    notWhole: text,
    tooManyDecimals: template('decimals'),
    highBelowLow: template('low'),
  }),
  calculation: template('sessions', 'maintenance', 'years', 'price', 'totalSessions', 'total'),
  result: z.strictObject({
    sessions: template('sessions', 'price'),
    how: text,
    pricesFrom: template('source', 'year'),
    yearNotGiven: text,
    ownPrices: text,
    errorLabel: text,
    noneStart: text,
    noneFixOne: text,
    noneFixMany: template('count'),
    miniStart: text,
    miniTotal: template('total'),
    miniFix: text,
    announceTotal: template('total', 'sessions'),
    announceFix: text,
  }),
})

export const costEstimatorSchema = z.strictObject({
  ...page,
  dated: z.strictObject({ title: text, one: template('dated', 'total', 'years', 'cites'), other: template('dated', 'total', 'years', 'cites'), vary: text }),
  calculator: z.strictObject({ heading: text, noscript: text, caveat: text }),
  form: z.strictObject({
    name: text,
    step1: text,
    presetLabel: template('price'),
    source: text,
    year: template('year'),
    yearNotGiven: text,
    currency: template('name', 'code'),
    own: text,
    ownHint: text,
    step2: text,
    currencyLabel: text,
    currencyOption: template('name', 'code'),
    step3: text,
    total: text,
  }),
  formula: z.strictObject({ heading: text, formula: text, twice: text, example: template('sessions', 'price', 'source', 'cites', 'total'),
    exampleSource: z.strictObject({ withYear: template('year', 'kind'), noYear: template('kind') }),
  }),
  prices: z.strictObject({
    heading: text,
    swipe: text,
    caption: text,
    columns: z.strictObject({ price: text, what: text, year: text, currency: text, source: text }),
    yearNotGiven: text,
    currency: template('name', 'code'),
    notInTable: text,
  }),
  sessions: z.strictObject({ heading: text, intro: text, list: z.array(text).min(1), after: text }),
  leftOut: z.strictObject({ heading: text, list: z.array(text).min(1), price: text, more: text }),
  estimator: estimatorTextSchema,
})

export type ToolPoint = z.infer<typeof point>
export type ChecklistItem = z.infer<typeof itemSchema>
export type ToolsIndexText = z.infer<typeof toolsIndexSchema>
export type AftercareSheetText = z.infer<typeof aftercareSheetSchema>
export type ChecklistText = z.infer<typeof checklistSchema>
export type CostEstimatorText = z.infer<typeof costEstimatorSchema>

export interface ToolsText {
  index: ToolsIndexText
  aftercareSheet: AftercareSheetText
  checklist: ChecklistText
  costEstimator: CostEstimatorText
}

/** The files of a locale's tools folder, each with its schema. */
export const TOOL_FILES = {
  index: ['tools/index.yaml', toolsIndexSchema],
  aftercareSheet: ['tools/aftercare-sheet.yaml', aftercareSheetSchema],
  checklist: ['tools/consultation-checklist.yaml', checklistSchema],
  costEstimator: ['tools/cost-estimator.yaml', costEstimatorSchema],
} as const

// The loaded estimator words must fit the shape lib/estimator (and the island) expects.
const fits: (t: z.infer<typeof estimatorTextSchema>) => EstimatorText = (t) => t
void fits

const cache = new Map<string, ToolsText>()

/** The tool pages' words in a locale (content/<dir>/tools/), validated; read once per process. */
export function getTools(locale: string): ToolsText {
  const hit = cache.get(locale)
  if (hit) return hit
  const t: ToolsText = {
    index: readLocaleYaml(locale, TOOL_FILES.index[0], toolsIndexSchema),
    aftercareSheet: readLocaleYaml(locale, TOOL_FILES.aftercareSheet[0], aftercareSheetSchema),
    checklist: readLocaleYaml(locale, TOOL_FILES.checklist[0], checklistSchema),
    costEstimator: readLocaleYaml(locale, TOOL_FILES.costEstimator[0], costEstimatorSchema),
  }
  cache.set(locale, t)
  return t
}

/** Clears the cache (tests that point CONTENT_ROOT at a fixture). */
export function resetToolsCache() {
  cache.clear()
}
