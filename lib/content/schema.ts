import { z } from 'zod'
import { FAQ_TOPICS, SECTIONS, SOURCE_TYPES } from './taxonomy'
import { SLUG_PATTERN } from './slug'

/**
 * A calendar date written YYYY-MM-DD. YAML turns an unquoted date into a JS Date,
 * so both forms are accepted and normalised to the string.
 */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'must be a date written YYYY-MM-DD, e.g. 2026-11-21' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD, e.g. 2026-11-21', abort: true })
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
      error: 'is not a real calendar date; check the month and day',
    }),
)

const slug = z.string().regex(SLUG_PATTERN, { error: 'must be a slug: lowercase letters, digits and single hyphens' })
const sourceId = z.string().regex(SLUG_PATTERN, { error: 'must be a source id: lowercase letters, digits and single hyphens' })
const text = (min: number, max: number, what: string) =>
  z
    .string({ error: `must be text (${what})` })
    .trim()
    .min(min, { error: `is too short: write at least ${min} characters (${what})` })
    .max(max, { error: `is too long: keep it to ${max} characters or fewer (${what})` })

/** Review dates and the change log every article and FAQ answer carries. */
const addMonths = (iso: string, months: number) => {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() + months)
  return d.toISOString().slice(0, 10)
}
const changeEntry = z.strictObject({
  /** When the change was made. */
  date: isoDate,
  /** One line saying what changed, for readers (shown on the page and in the feed). */
  note: text(5, 200, 'one line saying what changed'),
})
export const currencyFields = {
  /** Date the page was last checked against its sources. */
  reviewed: isoDate,
  /** Date of the next planned check: after `reviewed`, and at most 12 months later. */
  nextReview: isoDate,
  /** What changed and when, newest first; at least the first publication. */
  changes: z
    .array(changeEntry, { error: 'must be a list of changes, each with a date and a note' })
    .min(1, { error: 'needs at least one entry (for example the date first published)' }),
}
type Currency = { reviewed: string; nextReview: string; changes: { date: string; note: string }[] }
/** Checks that tie the review dates and the change log together. */
export function checkCurrency(v: Currency, ctx: z.RefinementCtx) {
  const valid = (d: unknown) => typeof d === 'string' && !Number.isNaN(Date.parse(`${d}T00:00:00Z`))
  if (!valid(v.reviewed) || !valid(v.nextReview) || !Array.isArray(v.changes)) return // reported by the fields themselves
  if (v.nextReview <= v.reviewed) {
    ctx.addIssue({ code: 'custom', path: ['nextReview'], message: `must be after reviewed (${v.reviewed})` })
  } else if (v.nextReview > addMonths(v.reviewed, 12)) {
    ctx.addIssue({ code: 'custom', path: ['nextReview'], message: `must be at most 12 months after reviewed: ${addMonths(v.reviewed, 12)} or earlier` })
  }
  v.changes.forEach((c, i) => {
    const next = v.changes[i + 1]
    if (next && next.date > c.date) ctx.addIssue({ code: 'custom', path: ['changes', i + 1, 'date'], message: 'list changes newest first' })
    if (c.date > v.reviewed) ctx.addIssue({ code: 'custom', path: ['changes', i, 'date'], message: `is after reviewed (${v.reviewed}); a change is a review too, so set reviewed to the newest change date or later` })
  })
}

/** Frontmatter of `content/articles/<slug>.mdx`. */
export const articleSchema = z.strictObject({
  /** Page title; becomes the h1 and the <title>. */
  title: text(3, 80, 'the page title'),
  /** One or two sentences for meta description and cards. */
  description: text(40, 160, 'the summary shown in search results and cards'),
  /** Which group of the site the article belongs to. */
  section: z.enum(SECTIONS, { error: `must be one of: ${SECTIONS.join(', ')}` }),
  /** Position within the section (reading order). */
  order: z.number({ error: 'must be a whole number (position in the section)' }).int({ error: 'must be a whole number' }).min(1, { error: 'must be 1 or more' }),
  ...currencyFields,
  /** People (ids in content/people.yaml) who wrote the page. Only real, named people. */
  authors: z.array(slug, { error: 'must be a list of person ids from content/people.yaml' }).min(1, { error: 'leave it out rather than empty' }).optional(),
  /** Real, recorded reviews by named people (ids in content/people.yaml). Leave out unless it happened. */
  reviewers: z
    .array(
      z.strictObject({
        person: slug,
        /** The date the person checked the page. */
        date: isoDate,
        /** What kind of check: a clinical review (a health professional) or an editorial one. */
        kind: z.enum(['clinical', 'editorial'], { error: 'must be clinical or editorial' }),
      }),
      { error: 'must be a list of reviews (person, date, kind)' },
    )
    .min(1, { error: 'leave it out rather than empty' })
    .optional(),
  /** 3–5 short bullets shown in the "Key points" box. */
  takeaways: z
    .array(text(10, 200, 'one key point'), { error: 'must be a list of 3 to 5 short bullets' })
    .min(3, { error: 'needs at least 3 bullets' })
    .max(5, { error: 'has more than 5 bullets; keep the 5 most important' }),
}).superRefine(checkCurrency)
export type ArticleFrontmatter = z.infer<typeof articleSchema>

/** Frontmatter of `content/faq/<slug>.mdx`. */
export const faqSchema = z.strictObject({
  /** The question, as a reader would ask it. */
  question: text(8, 140, 'the question').refine((q) => q.endsWith('?'), { error: 'must end with a question mark' }),
  /** FAQ group. */
  topic: z.enum(FAQ_TOPICS, { error: `must be one of: ${FAQ_TOPICS.join(', ')}` }),
  /** Article slugs that go deeper (checked to exist). */
  related: z
    .array(slug, { error: 'must be a list of article slugs' })
    .min(1, { error: 'needs at least one related article slug' })
    .max(4, { error: 'has more than 4 related articles' }),
  ...currencyFields,
  /** Extra search words (lay terms, misspellings). */
  terms: z.array(text(2, 40, 'one search word or phrase')).max(20, { error: 'has more than 20 terms' }).optional(),
}).superRefine(checkCurrency)
export type FaqFrontmatter = z.infer<typeof faqSchema>

const DOI = /^10\.\d{4,9}\/\S+$/
const httpUrl = z
  .string({ error: 'must be a web address' })
  .refine((u) => {
    try {
      const p = new URL(u)
      return (p.protocol === 'https:' || p.protocol === 'http:') && p.hostname.includes('.')
    } catch {
      return false
    }
  }, { error: 'must be a full web address starting with https:// (or http://)' })

/** One entry of `content/sources.yaml`. */
export const sourceSchema = z.strictObject({
  id: sourceId,
  type: z.enum(SOURCE_TYPES, { error: `must be one of: ${SOURCE_TYPES.join(', ')}` }),
  authors: z.array(text(2, 120, 'one author or organisation')).min(1, { error: 'leave it out rather than empty' }).optional(),
  title: text(3, 400, 'the title of the work'),
  container: text(2, 200, 'journal, publisher or website').optional(),
  year: z.number({ error: 'must be a four-digit year' }).int().min(1900, { error: 'must be 1900 or later' }).max(2100, { error: 'must be a four-digit year' }).optional(),
  volume: z.union([z.string(), z.number()]).transform(String).optional(),
  issue: z.union([z.string(), z.number()]).transform(String).optional(),
  pages: z.union([z.string(), z.number()]).transform(String).optional(),
  doi: z.string().regex(DOI, { error: 'must be a bare DOI like 10.1111/abc.123 (no https://doi.org/ prefix)' }).optional(),
  pmid: z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^\d{1,9}$/, { error: 'must be the PubMed number, digits only' })).optional(),
  url: httpUrl.optional(),
  accessed: isoDate.optional(),
  note: text(5, 200, 'what the reader should know about this source').optional(),
  /** Why an entry stays in the registry although no page cites it. */
  uncited: text(5, 200, 'why the source is kept although nothing cites it').optional(),
})
export type Source = z.infer<typeof sourceSchema>

/** `content/disagreements/<id>.yaml`. */
export const disagreementSchema = z.strictObject({
  question: text(8, 160, 'the contested question').refine((q) => q.endsWith('?'), { error: 'must end with a question mark' }),
  page: slug,
  positions: z
    .array(z.strictObject({ source: sourceId, says: text(10, 400, 'what this source says, in our words') }), {
      error: 'must be a list of positions',
    })
    .min(2, { error: 'needs at least two positions to show a disagreement' }),
  verdict: text(10, 600, 'what the better evidence suggests'),
  verdictSources: z.array(sourceId).min(1, { error: 'needs at least one source backing the verdict' }),
})
export type DisagreementData = z.infer<typeof disagreementSchema>

/** One entry of `content/glossary.yaml`. */
export const glossaryEntrySchema = z.strictObject({
  id: slug,
  term: text(2, 80, 'the term as shown'),
  definition: text(10, 600, 'a short plain definition'),
  sources: z.array(sourceId).min(1, { error: 'leave it out rather than empty' }).optional(),
})
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>

/** One entry of `content/prices.yaml`. */
export const priceSchema = z
  .strictObject({
    id: slug,
    source: sourceId,
    country: text(2, 40, 'country'),
    currency: z.enum(['USD', 'EUR', 'GBP'], { error: 'must be USD, EUR or GBP' }),
    low: z.number({ error: 'must be a number' }).positive({ error: 'must be above 0' }),
    high: z.number({ error: 'must be a number' }).positive({ error: 'must be above 0' }),
    year: z.number().int().min(1990).max(2100).optional(),
    label: text(5, 120, 'short description of the figure'),
    use: text(2, 40, 'what the price is for').optional(),
  })
  .refine((p) => p.high >= p.low, { error: 'high must be at least low', path: ['high'] })
export type Price = z.infer<typeof priceSchema>


/** One entry of `content/people.yaml`: a real, named writer or reviewer. Never invent one. */
export const personSchema = z.strictObject({
  id: slug,
  name: text(3, 120, 'the full name'),
  /** Qualifications and registration, e.g. "MB ChB, MRCGP; GMC 1234567". */
  credentials: text(2, 200, 'qualifications and professional registration'),
  role: z.enum(['writer', 'clinical reviewer', 'editor'], { error: 'must be writer, clinical reviewer or editor' }),
  /** Conflicts of interest, or the words "None declared." — never left out. */
  conflicts: text(5, 400, 'conflicts of interest, or "None declared."'),
  /** Where readers can check the person (a register entry or profile). */
  url: httpUrl.optional(),
})
export type Person = z.infer<typeof personSchema>

/** `content/site.yaml`: who publishes the site, who pays for it, how to reach us, and the words for page currency. */
export const siteConfigSchema = z.strictObject({
  publisher: z.strictObject({
    name: text(3, 120, 'the publisher or owner'),
    about: text(10, 400, 'one or two sentences on who runs the site'),
  }),
  funding: text(10, 400, 'who pays for the site, and what money it does not take'),
  contact: z.strictObject({
    /** Local part of the contact address; the domain is the host of SITE_URL. CONTACT_EMAIL overrides the whole address. */
    emailLocalPart: z.string().regex(/^[a-z0-9._-]+$/, { error: 'must be the part before @, e.g. corrections' }),
    /** What to put in a message so we can act on it. */
    howTo: text(10, 400, 'what to include when reporting an error'),
  }),
  /** Who writes and who checks the pages, plainly. */
  team: z.array(text(10, 400, 'one plain sentence or two'), { error: 'must be a list of short paragraphs' }).min(1),
  /** The corrections policy. */
  corrections: z.array(text(10, 400, 'one plain sentence or two'), { error: 'must be a list of short paragraphs' }).min(1),
  /** Words used around review dates, change logs and the feed. {date} is replaced by a date. */
  labels: z.strictObject({
    reviewed: text(2, 40, 'label before the review date'),
    nextReview: text(2, 40, 'label before the next review date'),
    overdueTitle: text(2, 60, 'heading of the review-overdue note'),
    overdue: text(10, 300, 'the review-overdue note; use {date} for the missed review date').refine((t) => t.includes('{date}'), { error: 'must contain {date}' }),
    changes: text(2, 60, 'heading of the change log'),
    feedTitle: text(3, 120, 'the title of the Atom feed'),
    feedSubtitle: text(10, 300, 'one line describing the feed'),
    feedLink: text(3, 80, 'link text for the feed'),
    contact: text(2, 60, 'label before the contact address'),
    funding: text(2, 60, 'label before the funding line'),
    publisher: text(2, 60, 'label before the publisher'),
    noClinicalReview: text(5, 120, 'shown on pages no clinician has reviewed'),
    clinicalReview: text(5, 120, 'label before a clinical reviewer; use {name} and {date}').refine((t) => t.includes('{name}') && t.includes('{date}'), { error: 'must contain {name} and {date}' }),
    writtenBy: text(3, 60, 'label before the names of the writers'),
  }),
})
export type SiteConfig = z.infer<typeof siteConfigSchema>
