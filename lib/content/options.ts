/**
 * "Your options" pages: one YAML file per goal people bring to mesotherapy
 * (`content/options/<goal>.yaml`) plus the page labels (`content/options/_labels.yaml`).
 * Every factual field carries the ids of the sources that back it.
 */
import fs from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import { z } from 'zod'
import type { ContentProblem } from './errors'
import { EVIDENCE_LEVELS } from './taxonomy'
import { checkCurrency, currencyFields } from './schema'
import { SLUG_PATTERN, isValidSlug, slugFromFile } from './slug'
import { takeTranslationFields, type LocaleScope, type TranslationRecord } from './translation'
import { formatZodIssue } from './zod-messages'
import { pageCitations, type PageCitations } from '../citations/scope'

/** The five kinds of option, in the order a page shows them. */
export const OPTION_KINDS = ['nothing', 'self-care', 'medical', 'procedure', 'mesotherapy'] as const
export type OptionKind = (typeof OPTION_KINDS)[number]

/** The facts shown for each option, in display order (also the rows of the wide table). */
export const OPTION_FIELDS = ['what', 'evidence', 'results', 'risks', 'sessions', 'cost', 'providers'] as const
export type OptionField = (typeof OPTION_FIELDS)[number]

const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD'] as const

const text = (min: number, max: number, what: string) =>
  z
    .string({ error: `must be text (${what})` })
    .trim()
    .min(min, { error: `is too short: write at least ${min} characters (${what})` })
    .max(max, { error: `is too long: keep it to ${max} characters or fewer (${what})` })

const sourceList = z.array(
  z.string({ error: 'must be a source id' }).regex(SLUG_PATTERN, { error: 'must be a source id: lowercase letters, digits and single hyphens' }),
  { error: 'must be a list of source ids, e.g. [luebberding2015]' },
)

/** One statement with the sources that back it. */
const fact = (max: number, what: string) =>
  z.strictObject({
    text: text(3, max, what),
    /** Source ids (checked to exist). Only self-evident facts of "doing nothing" may leave it empty. */
    sources: sourceList.default([]),
  })

const evidence = z.strictObject({
  /**
   * How strong the evidence is that it works. Required for proven medical options and mesotherapy; other options may
   * leave it out when no source rates them (the page then says "not rated").
   */
  level: z.enum(EVIDENCE_LEVELS, { error: `must be one of: ${EVIDENCE_LEVELS.join(', ')}` }).optional(),
  /** One line: what the best studies found. */
  summary: text(10, 200, 'one line on what the best studies found'),
  sources: sourceList,
})

const cost = z.strictObject({
  /** The figure in words, e.g. "About US$1,000 to US$3,000 for a course". Leave out with noTrustedPrice. */
  text: text(3, 200, 'the rough cost in words').optional(),
  /** Year the figure was published or seen. */
  year: z.number({ error: 'must be a four-digit year' }).int().min(1990, { error: 'must be 1990 or later' }).max(2100).optional(),
  currency: z.enum(CURRENCIES, { error: `must be one of: ${CURRENCIES.join(', ')}` }).optional(),
  /** true when the source gives no date: `year` is then the year the figure was seen. */
  seen: z.literal(true, { error: 'must be true, or leave it out' }).optional(),
  /** true when no trusted source gives a price. */
  noTrustedPrice: z.literal(true, { error: 'must be true, or leave it out' }).optional(),
  sources: sourceList.default([]),
})

export const optionSchema = z.strictObject({
  kind: z.enum(OPTION_KINDS, { error: `must be one of: ${OPTION_KINDS.join(', ')}` }),
  /** Short name shown as the card heading and the table column heading. */
  name: text(3, 60, 'the name of the option'),
  what: fact(300, 'what it is, in plain words'),
  evidence,
  results: fact(400, 'what results to expect, with numbers where sources give them'),
  risks: fact(400, 'the main risks and side effects'),
  sessions: fact(250, 'how many sessions and how much time off'),
  cost,
  providers: fact(200, 'who may provide it'),
})
export type Option = z.infer<typeof optionSchema>


export const optionsGoalSchema = z
  .strictObject({
    /** Page title (h1 and <title>). */
    title: text(5, 80, 'the page title'),
    /** One or two sentences for search results and the index card. */
    description: text(40, 160, 'the summary shown in search results and cards'),
    /** Short name of the goal, used in "Compare your options for <goal>". */
    goal: text(3, 40, 'the goal in a few words, e.g. cellulite'),
    /** The goal in the reader's own words. */
    askedAs: text(10, 160, "the goal in the reader's words, e.g. I want smoother thighs"),
    /** Position on the index page. */
    order: z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).min(1, { error: 'must be 1 or more' }),
    intro: fact(600, 'one short paragraph that sets the scene'),
    /** "What if I do nothing?" — what that means for this goal. */
    doNothing: z
      .array(fact(400, 'one short paragraph on what happens if you do nothing'), { error: 'must be a list of paragraphs, each with text and sources' })
      .min(1, { error: 'needs at least one paragraph' })
      .max(3, { error: 'has more than 3 paragraphs' }),
    /** Article slugs this page links to (and that link back here). */
    articles: z
      .array(z.string().regex(SLUG_PATTERN, { error: 'must be an article slug' }), { error: 'must be a list of article slugs' })
      .min(1, { error: 'needs at least one related article slug' })
      .max(4, { error: 'has more than 4 articles' }),
    ...currencyFields,
    options: z
      .array(optionSchema, { error: 'must be a list of options' })
      .min(3, { error: 'needs at least 3 options to compare' })
      .max(7, { error: 'has more than 7 options; keep the comparison readable' }),
    /** Questions to ask yourself or your doctor. */
    questions: z.array(text(10, 160, 'one question')).min(3, { error: 'needs at least 3 questions' }).max(8, { error: 'has more than 8 questions' }),
    /** When to see a doctor (normal, then urgent signs). */
    seeDoctor: z
      .array(
        z.strictObject({
          /** warning: see a doctor soon; urgent: get medical help now. */
          level: z.enum(['warning', 'urgent'], { error: 'must be warning or urgent' }),
          title: text(5, 80, 'the heading of the box'),
          text: text(10, 400, 'when to see a doctor'),
          sources: sourceList.default([]),
        }),
        { error: 'must be a list of boxes, each with level, title, text and sources' },
      )
      .min(1, { error: 'needs at least one box' })
      .max(3, { error: 'has more than 3 boxes' }),
  })
  .superRefine((v, ctx) => {
    // The same rules as articles: next review after the review, within 12 months; changes newest first.
    checkCurrency(v, ctx)
    const need = (path: PropertyKey[], what: string) =>
      ctx.addIssue({ code: 'custom', path, message: `needs at least one source: add sources: [source-id] (${what})` })
    if (!v.intro.sources.length) need(['intro', 'sources'], 'the intro states facts')
    v.doNothing.forEach((p, i) => {
      if (!p.sources.length) need(['doNothing', i, 'sources'], 'what happens if you do nothing')
    })
    v.seeDoctor.forEach((p, i) => {
      if (!p.sources.length) need(['seeDoctor', i, 'sources'], 'when to see a doctor')
    })
    if (!v.options.some((o) => o.kind === 'nothing')) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'needs a "kind: nothing" option (doing nothing) so readers can compare with it' })
    }
    if (!v.options.some((o) => o.kind === 'mesotherapy')) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'needs a "kind: mesotherapy" option' })
    }
    v.options.forEach((o, i) => {
      const kindIndex = OPTION_KINDS.indexOf(o.kind)
      const before = v.options[i - 1]
      if (before && OPTION_KINDS.indexOf(before.kind) > kindIndex) {
        ctx.addIssue({ code: 'custom', path: ['options', i, 'kind'], message: `list options in this order of kinds: ${OPTION_KINDS.join(', ')}` })
      }
      // Only doing nothing and self-care may state self-evident facts (no sessions, you do it yourself) without a source.
      const optional = o.kind === 'nothing' || o.kind === 'self-care' ? new Set(['sessions', 'providers']) : new Set<string>()
      for (const f of ['what', 'results', 'risks', 'sessions', 'providers'] as const) {
        if (!o[f].sources.length && !optional.has(f)) need(['options', i, f, 'sources'], 'every fact needs a source, except sessions and providers of doing nothing and self-care')
      }
      if (o.evidence.sources.length === 0) need(['options', i, 'evidence', 'sources'], 'the evidence rating')
      if (!o.evidence.level && (o.kind === 'medical' || o.kind === 'mesotherapy')) {
        ctx.addIssue({ code: 'custom', path: ['options', i, 'evidence', 'level'], message: `is missing: rate the evidence (${EVIDENCE_LEVELS.join(', ')}); see content/AUTHORING.md` })
      }
      const c = o.cost
      if (c.noTrustedPrice) {
        if (c.text || c.year || c.currency || c.seen) ctx.addIssue({ code: 'custom', path: ['options', i, 'cost'], message: 'has noTrustedPrice: true and a price; keep one of them' })
      } else if (o.kind === 'nothing') {
        if (!c.text) ctx.addIssue({ code: 'custom', path: ['options', i, 'cost', 'text'], message: 'is missing: add text (e.g. "Nothing.")' })
      } else {
        if (!c.text) ctx.addIssue({ code: 'custom', path: ['options', i, 'cost', 'text'], message: 'is missing: add the price in words, or noTrustedPrice: true' })
        if (!c.year) ctx.addIssue({ code: 'custom', path: ['options', i, 'cost', 'year'], message: 'is missing: a price needs the year of the figure (e.g. year: 2024)' })
        if (!c.currency) ctx.addIssue({ code: 'custom', path: ['options', i, 'cost', 'currency'], message: `is missing: a price needs its currency (${CURRENCIES.join(', ')})` })
        if (!c.sources.length) need(['options', i, 'cost', 'sources'], 'a price')
      }
    })
  })
export type OptionsGoalData = z.infer<typeof optionsGoalSchema>

/** Words on the options pages that are not specific to one goal (`content/options/_labels.yaml`). */
export const optionsLabelsSchema = z.strictObject({
  index: z.strictObject({
    title: text(5, 80, 'title of the options index page'),
    description: text(40, 160, 'summary of the options index page'),
    intro: text(20, 600, 'intro of the options index page'),
    goalsHeading: text(3, 80, 'heading above the list of goals'),
    /** The box that points to the options pages from the home page and the articles index. */
    promoHeading: text(3, 80, 'heading of the box on the home page and the articles index'),
    promoText: text(10, 200, 'one line in that box before the links'),
    promoAll: text(3, 60, 'link text to the options index'),
  }),
  /** Row headings of the comparison (one per option field). */
  fields: z.strictObject(Object.fromEntries(OPTION_FIELDS.map((f) => [f, text(3, 40, `label for ${f}`)])) as Record<OptionField, ReturnType<typeof text>>),
  /** Names of the kinds of option, shown above each option's name. */
  kinds: z.strictObject(Object.fromEntries(OPTION_KINDS.map((k) => [k, text(3, 40, `label for the kind ${k}`)])) as Record<OptionKind, ReturnType<typeof text>>),
  /** Currency names for the dated price note. */
  currencies: z.strictObject(Object.fromEntries(CURRENCIES.map((c) => [c, text(2, 40, `name of the currency ${c}`)])) as Record<(typeof CURRENCIES)[number], ReturnType<typeof text>>),
  headings: z.strictObject({
    doNothing: text(3, 80, 'heading'),
    compare: text(3, 80, 'heading'),
    compareHint: text(10, 300, 'one line under the comparison heading'),
    questions: text(3, 80, 'heading'),
    seeDoctor: text(3, 80, 'heading'),
    evidenceKey: text(3, 80, 'heading'),
    articles: text(3, 80, 'heading'),
    references: text(3, 80, 'heading'),
  }),
  /** Small words used in sentences; {goal}, {year} and {currency} are filled in. */
  phrases: z.strictObject({
    costDated: text(5, 80, 'note after a price, with {year} and {currency}'),
    costSeen: text(5, 80, 'note after an undated price, with {year} (when seen) and {currency}'),
    noTrustedPrice: text(5, 80, 'shown when no trusted price was found'),
    notRated: text(3, 40, 'shown instead of an evidence label when an option is not rated'),
    articleBox: text(5, 80, 'link text on articles, with {goal}'),
    articleBoxHeading: text(3, 80, 'heading of the link box on articles'),
    notAdvice: text(20, 300, 'one line saying the page is not medical advice'),
    breadcrumb: text(3, 40, 'breadcrumb label for the index'),
  }),
})
export type OptionsLabels = z.infer<typeof optionsLabelsSchema>

export interface OptionsGoal extends OptionsGoalData {
  /** The goal's id in every language: the English file name. */
  key: string
  slug: string
  /** Set on translations: which English file version it translates, and whether that is out of date. */
  translation?: TranslationRecord
  file: string
  href: string
  /** Source ids in order of first use on the page, with marker counts. */
  citations: PageCitations
}

export interface OptionsContent {
  labels?: OptionsLabels
  goals: OptionsGoal[]
}

/** Everything a reader reads on a goal page, as one text (readability and originality checks). */
export function optionsReaderText(g: OptionsGoalData): string {
  const parts = [g.intro.text, ...g.doNothing.map((p) => p.text), ...g.questions, ...g.seeDoctor.map((b) => `${b.title}. ${b.text}`)]
  for (const o of g.options) {
    parts.push(o.what.text, o.evidence.summary, o.results.text, o.risks.text, o.sessions.text, o.cost.text ?? '', o.providers.text)
  }
  return parts.join(' ')
}

/** Source ids of one goal page in display order: intro, doing nothing, the comparison (option by option), when to see a doctor. */
export function optionsCitationOrder(g: OptionsGoalData): string[] {
  const ids: string[] = [...g.intro.sources]
  for (const p of g.doNothing) ids.push(...p.sources)
  for (const o of g.options) {
    ids.push(...o.what.sources, ...o.evidence.sources, ...o.results.sources, ...o.risks.sources, ...o.sessions.sources, ...o.cost.sources, ...o.providers.sources)
  }
  for (const p of g.seeDoctor) ids.push(...p.sources)
  return ids
}

interface Context {
  /** This language's content folder. */
  root: string
  scope?: LocaleScope
  rel: (file: string) => string
  sourceIds: ReadonlySet<string>
  articleSlugs: ReadonlySet<string>
}

function readYaml(file: string, ctx: Context, problems: ContentProblem[]): unknown {
  try {
    return YAML.parse(fs.readFileSync(file, 'utf8'))
  } catch (e) {
    problems.push({ file: ctx.rel(file), field: '(YAML)', message: `cannot be read as YAML: ${(e as Error).message.split('\n')[0]}` })
    return undefined
  }
}

/** Every `sources` list in a parsed goal, with the field path to name in a problem. */
function sourceRefs(g: OptionsGoalData): { field: string; id: string }[] {
  const refs: { field: string; id: string }[] = []
  const add = (field: string, ids: readonly string[]) => ids.forEach((id, i) => refs.push({ field: `${field}.sources[${i}]`, id }))
  add('intro', g.intro.sources)
  g.doNothing.forEach((p, i) => add(`doNothing[${i}]`, p.sources))
  g.options.forEach((o, i) => {
    for (const f of OPTION_FIELDS) add(`options[${i}].${f}`, o[f].sources)
  })
  g.seeDoctor.forEach((p, i) => add(`seeDoctor[${i}]`, p.sources))
  return refs
}

/**
 * Reads `content/options/`: the labels file and one file per goal. Reports problems with the file,
 * the field and what to fix; an absent folder means no options pages.
 */
export function readOptions(ctx: Context, problems: ContentProblem[]): OptionsContent {
  const dir = path.join(ctx.root, 'options')
  if (!fs.existsSync(dir)) return { goals: [] }
  const goals: OptionsGoal[] = []
  let labels: OptionsLabels | undefined
  const labelsFile = path.join(dir, '_labels.yaml')
  if (fs.existsSync(labelsFile)) {
    const raw = readYaml(labelsFile, ctx, problems)
    const r = optionsLabelsSchema.safeParse(ctx.scope ? takeTranslationFields(ctx.scope, labelsFile, raw, problems).data : raw, { reportInput: true })
    if (r.success) labels = r.data
    else problems.push(...r.error.issues.map((i) => formatZodIssue(ctx.rel(labelsFile), i)))
  }
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name)
    if (name.startsWith('.') || name === '_labels.yaml' || fs.statSync(full).isDirectory()) continue
    const file = ctx.rel(full)
    const key = slugFromFile(full)
    if (!name.endsWith('.yaml')) {
      problems.push({ file, field: '(file name)', message: 'only .yaml files belong here; rename or move it' })
      continue
    }
    if (!isValidSlug(key)) {
      problems.push({ file, field: '(file name)', message: `"${key}" is not a valid slug; use lowercase letters, digits and single hyphens, e.g. hair-loss.yaml` })
      continue
    }
    const raw = readYaml(full, ctx, problems)
    // A file that holds only a comment is a writer's claim on a goal still being written: skip it.
    if (raw === null || raw === undefined) continue
    const t: { data: unknown; slug?: string; record?: TranslationRecord } = ctx.scope ? takeTranslationFields(ctx.scope, full, raw, problems, { slug: true }) : { data: raw }
    const slug = t.slug ?? key
    const r = optionsGoalSchema.safeParse(t.data, { reportInput: true })
    if (!r.success) {
      problems.push(...r.error.issues.map((i) => formatZodIssue(file, i)))
      continue
    }
    for (const { field, id } of sourceRefs(r.data)) {
      if (!ctx.sourceIds.has(id)) problems.push({ file, field, message: `unknown source id "${id}"; add it to content/sources/options.yaml (or another registry file) or fix the id` })
    }
    r.data.articles.forEach((s, i) => {
      if (!ctx.articleSlugs.has(s)) problems.push({ file, field: `articles[${i}]`, message: `no article has the slug "${s}"; use one of: ${[...ctx.articleSlugs].join(', ')}` })
    })
    goals.push({ ...r.data, key, slug, translation: t.record, file, href: `${ctx.scope?.locale.prefix ?? ''}/options/${slug}/`, citations: pageCitations(optionsCitationOrder(r.data)) })
  }
  if (goals.length && !labels) {
    problems.push({ file: ctx.rel(labelsFile), field: '(file)', message: 'is missing: options pages need their labels; copy the example in content/AUTHORING.md' })
  }
  const orders = new Map<number, string>()
  for (const g of goals.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug))) {
    const other = orders.get(g.order)
    if (other) problems.push({ file: g.file, field: 'order', message: `${other} has order ${g.order} too; give each goal its own number` })
    else orders.set(g.order, g.file)
  }
  return { labels, goals }
}

/** Fills `{name}` placeholders in a label. */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m))
}
