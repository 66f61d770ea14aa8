/**
 * The diagrams' words and data (content/<locale dir>/diagrams/*.yaml). Strict schemas: a key
 * missing from a translation fails naming the file and the key. A translation must keep the
 * drawing's data (keys, numbers, styles, sources) as in English: the loader checks that too.
 */
import { z } from 'zod'
import { ContentValidationError, type ContentProblem } from './errors'
import { EVIDENCE_LEVELS } from './taxonomy'
import { defaultLocale, getLocale } from './locales'
import { localeFile, readLocaleYaml, template, text } from './locale-files'

const id = z.string().regex(/^[a-z0-9-]+$/, 'use a source id from the registry')
const ids = z.array(id).min(1)

export const skinDepthSchema = z.strictObject({
  title: text,
  desc: text,
  caption: text,
  scaleMaxMm: z.number().positive(),
  labels: z.strictObject({
    mm: text,
    epidermis: text,
    dermis: text,
    hypodermis: z.array(text).min(1).max(3),
    legendNote: text,
    legend: z.strictObject({ solid: text, hatch: text, dashed: text }),
  }),
  columns: z
    .array(
      z.strictObject({
        key: z.enum(['A', 'B', 'C', 'D']),
        head: text,
        kind: z.enum(['limit', 'lengths', 'claim', 'target']),
        mm: z.array(z.number().nonnegative()),
        parts: z.array(z.strictObject({ text, source: id, after: text.optional() })).min(1),
      }),
    )
    .length(4),
})

const timedLine = z.strictObject({ sessions: z.number().int().positive(), extra: z.number().int().positive().optional(), everyDays: z.number().positive() })
const rowWords = { source: id, who: text, says: text }

export const courseScheduleSchema = z.strictObject({
  title: text,
  weeks: z.number().int().positive(),
  noteSources: z.array(id).length(2),
  caption: template('cite1', 'cite2'),
  rowsIntro: text,
  separator: z.string().min(1),
  legend: z.strictObject({ dot: text, hollow: text, square: text }),
  timedHeading: text,
  timedNote: text,
  countHeading: text,
  countNote: text,
  sub: template('type', 'says'),
  desc: z.strictObject({ intro: template('weeks'), dots: text, row: template('who', 'type', 'says'), countIntro: text, end: text }),
  timed: z
    .array(
      z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('timed'), ...rowWords, linesNote: text.optional(), lines: z.array(timedLine).min(1) }),
        z.strictObject({ kind: z.literal('spread'), ...rowWords, sessions: z.number().int().positive(), overWeeks: z.number().positive() }),
      ]),
    )
    .min(1),
  count: z
    .array(
      z.strictObject({ ...rowWords, min: z.number().int().positive(), max: z.number().int().positive().optional(), orMore: z.boolean().optional(), after: text }),
    )
    .min(1),
})

const barStyle = z.enum(['fade', 'rule', 'rule-other', 'alert', 'alert-open'])

export const aftercareTimelineSchema = z.strictObject({
  title: text,
  caption: template('normal', 'rules', 'help'),
  scaleNote: text,
  desc: z.strictObject({ intro: text, atTime: template('time'), end: text }),
  ticks: z.array(z.strictObject({ hours: z.number().nonnegative(), short: text, long: text })).min(2),
  groups: z
    .array(
      z.strictObject({
        key: z.enum(['normal', 'rules', 'help']),
        heading: text,
        sources: ids,
        rows: z
          .array(
            z.strictObject({
              key: z.string().regex(/^[a-z-]+$/),
              label: text,
              sub: text,
              bars: z.array(z.strictObject({ from: z.number().nonnegative(), to: z.number().nonnegative(), style: barStyle })),
              at: z.number().nonnegative().optional(),
            }),
          )
          .min(1),
      }),
    )
    .length(3),
})

export const evidenceByUseSchema = z.strictObject({
  title: text,
  usesHeading: text,
  comparisonHeading: text,
  caption: text,
  rowsIntro: text,
  separator: z.string().min(1),
  desc: z.strictObject({ intro: text, comparisonPrefix: text, row: template('use', 'level', 'filled', 'basis') }),
  rows: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-z-]+$/),
        use: text,
        basis: text,
        level: z.enum(EVIDENCE_LEVELS),
        sources: ids,
        comparison: z.boolean().optional(),
      }),
    )
    .min(1),
})

export const costRangeSchema = z.strictObject({
  title: text,
  caption: text,
  rowsIntro: text,
  separator: z.string().min(1),
  currencies: z.strictObject({ USD: text, EUR: text, GBP: text }),
  range: template('symbol', 'low', 'high'),
  single: template('symbol', 'low'),
  legend: z.strictObject({ dated: text, undated: text, single: text }),
  sub: template('type'),
  groupHeading: template('name', 'code'),
  groupNoteMany: template('symbol'),
  groupNoteOne: template('symbol'),
  desc: z.strictObject({
    introOne: template('count'),
    introMany: template('count'),
    group: template('name', 'code', 'prices'),
    price: template('label', 'range', 'type'),
    end: text,
  }),
})

export type SkinDepthText = z.infer<typeof skinDepthSchema>
export type CourseScheduleText = z.infer<typeof courseScheduleSchema>
export type AftercareTimelineText = z.infer<typeof aftercareTimelineSchema>
export type EvidenceByUseText = z.infer<typeof evidenceByUseSchema>
export type CostRangeText = z.infer<typeof costRangeSchema>

export interface DiagramsText {
  skinDepth: SkinDepthText
  courseSchedule: CourseScheduleText
  aftercareTimeline: AftercareTimelineText
  evidenceByUse: EvidenceByUseText
  costRange: CostRangeText
}

export const DIAGRAM_FILES = {
  skinDepth: ['diagrams/skin-depth.yaml', skinDepthSchema],
  courseSchedule: ['diagrams/course-schedule.yaml', courseScheduleSchema],
  aftercareTimeline: ['diagrams/aftercare-timeline.yaml', aftercareTimelineSchema],
  evidenceByUse: ['diagrams/evidence-by-use.yaml', evidenceByUseSchema],
  costRange: ['diagrams/cost-range.yaml', costRangeSchema],
} as const

/** Keys whose values are the drawing's data, not words: a translation keeps them as in English. */
const DATA_KEYS = new Set(['key', 'kind', 'mm', 'source', 'sources', 'noteSources', 'scaleMaxMm', 'weeks', 'lines', 'sessions', 'overWeeks', 'min', 'max', 'orMore', 'hours', 'from', 'to', 'style', 'at', 'level', 'comparison'])

function sameData(a: unknown, b: unknown, path: string, out: string[]) {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: has ${b.length} entries, the English file has ${a.length}`)
    a.forEach((x, i) => sameData(x, b[i], `${path}[${i}]`, out))
    return
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const [k, v] of Object.entries(a)) {
      const w = (b as Record<string, unknown>)[k]
      const p = path ? `${path}.${k}` : k
      if (DATA_KEYS.has(k)) {
        if (JSON.stringify(v) !== JSON.stringify(w)) out.push(`${p}: keep the English value ${JSON.stringify(v)} (it is data, not words)`)
      } else sameData(v, w, p, out)
    }
  }
}

const cache = new Map<string, DiagramsText>()

function read(locale: string): DiagramsText {
  return {
    skinDepth: readLocaleYaml(locale, DIAGRAM_FILES.skinDepth[0], skinDepthSchema),
    courseSchedule: readLocaleYaml(locale, DIAGRAM_FILES.courseSchedule[0], courseScheduleSchema),
    aftercareTimeline: readLocaleYaml(locale, DIAGRAM_FILES.aftercareTimeline[0], aftercareTimelineSchema),
    evidenceByUse: readLocaleYaml(locale, DIAGRAM_FILES.evidenceByUse[0], evidenceByUseSchema),
    costRange: readLocaleYaml(locale, DIAGRAM_FILES.costRange[0], costRangeSchema),
  }
}

/** The diagrams' words and data in a locale (content/<dir>/diagrams/), validated; read once per process. */
export function getDiagrams(locale: string): DiagramsText {
  const hit = cache.get(locale)
  if (hit) return hit
  const d = read(locale)
  const l = getLocale(locale)
  if (!l.default) {
    const en = getDiagrams(defaultLocale().code)
    const problems: ContentProblem[] = []
    for (const k of Object.keys(DIAGRAM_FILES) as (keyof DiagramsText)[]) {
      const out: string[] = []
      sameData(en[k], d[k], '', out)
      const shown = localeFile(l, DIAGRAM_FILES[k][0]).shown
      for (const o of out) {
        const [field = '', ...rest] = o.split(': ')
        problems.push({ file: shown, field, message: rest.join(': ') })
      }
    }
    if (problems.length) throw new ContentValidationError(problems)
  }
  cache.set(locale, d)
  return d
}

export function resetDiagramsCache() {
  cache.clear()
}
