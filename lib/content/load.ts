import fs from 'node:fs'
import path from 'node:path'
import matter from 'gray-matter'
import YAML from 'yaml'
import type { z } from 'zod'
import {
  articleSchema,
  disagreementSchema,
  faqSchema,
  glossaryEntrySchema,
  personSchema,
  priceSchema,
  siteConfigSchema,
  sourceSchema,
  type Person,
  type SiteConfig,
  type ArticleFrontmatter,
  type DisagreementData,
  type FaqFrontmatter,
  type GlossaryEntry,
  type Price,
  type Source,
} from './schema'
import { ContentValidationError, type ContentProblem } from './errors'
import { isValidSlug, slugFromFile } from './slug'
import { scanHeadings, scanTags, type Heading, type JsxTag } from './mdx-scan'
import { COMPONENT_RULES, ruleForDiagram, sortedGlossary, type ScanContext } from './components'
import { diagramSources } from './diagram-sources'
import { readabilityOfMdx, type Readability } from './readability'
import { kandelMolesOfMdx } from './readability-fr'
import { SECTIONS } from './taxonomy'
import { formatZodIssue } from './zod-messages'
import { pageCitations, type PageCitations } from '../citations/scope'
import { readOptions, type OptionsContent } from './options'
import { contentRoot, defaultLocale, getLocale, type Locale } from './locales'
import { takeTranslationFields, type LocaleScope, type TranslationRecord } from './translation'
import { readUi, type UiText } from './ui'

export interface Article extends ArticleFrontmatter {
  /** The page's id in every language: the English file name. */
  key: string
  /** The page's URL slug in its language (the file name in English). */
  slug: string
  /** Set on translations: which English file version it translates, and whether that is out of date. */
  translation?: TranslationRecord
  file: string
  href: string
  body: string
  headings: Heading[]
  /** Source ids in order of first use (numbering order) and marker counts. */
  citations: PageCitations
  readability: Readability
  /** What the page header shows: the UK reading age (Flesch–Kincaid) or the Kandel–Moles score (French). */
  readingLevel: number
}

export interface Faq extends FaqFrontmatter {
  key: string
  slug: string
  translation?: TranslationRecord
  file: string
  href: string
  body: string
  citations: PageCitations
}

export interface Disagreement extends DisagreementData {
  id: string
  file: string
}

/** A place that cites a source, for the bibliography's "Cited on" links. */
export interface CitingPlace {
  href: string
  label: string
  kind: 'article' | 'faq' | 'options'
}

export interface Content {
  /** The language of this content. */
  locale: Locale
  /** Translation status of every file of a non-default language (empty for the default language). */
  translations: TranslationRecord[]
  /** Default-language files that have no translation in this language yet. */
  untranslated: string[]
  /** The words of the interface in this language (content/<dir>/ui.yaml). */
  ui: UiText
  /** Articles in reading order (by section, then order). */
  articles: Article[]
  faqs: Faq[]
  sources: Source[]
  sourceById: Map<string, Source>
  disagreements: Map<string, Disagreement>
  glossary: GlossaryEntry[]
  prices: Price[]
  citedBy: Map<string, CitingPlace[]>
  /** Publisher, funding, contact and the words around page currency (content/site.yaml). */
  site: SiteConfig
  /** Named writers and reviewers (content/people.yaml). */
  people: Person[]
  /** "Your options" pages (content/options/). */
  options?: OptionsContent
}

const rel = (root: string, file: string) => path.relative(path.dirname(root), file).split(path.sep).join('/')

function listFiles(dir: string, ext: string, problems: ContentProblem[], root: string): string[] {
  if (!fs.existsSync(dir)) return []
  const files: string[] = []
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name)
    if (name.startsWith('.') || fs.statSync(full).isDirectory()) continue
    if (!name.endsWith(ext)) {
      problems.push({ file: rel(root, full), field: '(file name)', message: `only ${ext} files belong here; rename or move it` })
      continue
    }
    files.push(full)
  }
  return files
}

function zodProblems(file: string, error: z.ZodError, prefix = ''): ContentProblem[] {
  return error.issues.map((issue) => formatZodIssue(file, issue, prefix))
}

function readYaml(file: string, root: string, problems: ContentProblem[]): unknown {
  try {
    return YAML.parse(fs.readFileSync(file, 'utf8'))
  } catch (e) {
    problems.push({ file: rel(root, file), field: '(YAML)', message: `cannot be read as YAML: ${(e as Error).message.split('\n')[0]}` })
    return undefined
  }
}

/**
 * Reads YAML list files (sources, glossary.yaml, prices.yaml): each item is validated on its
 * own, and ids must be unique across all the files given. A missing file is an empty list.
 */
function readYamlList<T extends { id: string }>(root: string, names: string | string[], schema: z.ZodType<T>, what: string, problems: ContentProblem[], seen = new Map<string, string>(), scope?: LocaleScope): T[] {
  const items: T[] = []
  for (const name of typeof names === 'string' ? [names] : names) {
    const full = path.join(root, name)
    const file = rel(root, full)
    if (!fs.existsSync(full)) continue
    let raw = readYaml(full, root, problems)
    // A translation is a mapping: sourceHash (the English file it translates) and the entries.
    if (scope && !scope.isDefault) {
      const t = takeTranslationFields(scope, full, raw, problems)
      raw = t.data && typeof t.data === 'object' && 'entries' in t.data ? (t.data as { entries: unknown }).entries : t.data
    }
    if (raw === undefined || raw === null) continue
    if (!Array.isArray(raw)) {
      problems.push({ file, field: '(file)', message: `must be a YAML list of ${what} entries (each item starting with "- id:")` })
      continue
    }
    raw.forEach((item: unknown, i) => {
      const label = typeof item === 'object' && item && 'id' in item ? String((item as { id: unknown }).id) : `#${i + 1}`
      const r = schema.safeParse(item, { reportInput: true })
      if (!r.success) return problems.push(...zodProblems(file, r.error, `[${label}] `))
      const before = seen.get(r.data.id)
      if (before !== undefined) {
        const where = before === file ? '' : ` (also in ${before})`
        return problems.push({ file, field: `[${r.data.id}] id`, message: `duplicate ${what} id${where}; each id must be used once — merge or rename the entries` })
      }
      seen.set(r.data.id, file)
      items.push(r.data)
    })
  }
  return items
}

/** The source registry: `sources.yaml` plus every `sources/*.yaml` (one file per topic or writer). */
function sourceFiles(root: string): string[] {
  const dir = path.join(root, 'sources')
  const extra = fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => `sources/${f}`)
    : []
  return ['sources.yaml', ...extra]
}

function checkSlugs(files: string[], root: string, problems: ContentProblem[]): Map<string, string> {
  const bySlug = new Map<string, string>()
  for (const file of files) {
    const slug = slugFromFile(file)
    const lower = slug.toLowerCase()
    if (!isValidSlug(slug)) {
      problems.push({ file: rel(root, file), field: '(file name)', message: `"${slug}" is not a valid slug; use lowercase letters, digits and single hyphens, e.g. how-it-works.mdx` })
    }
    const prev = bySlug.get(lower)
    if (prev) {
      problems.push({ file: rel(root, file), field: '(file name)', message: `duplicate slug "${lower}": ${rel(root, prev)} has it already; rename one of them` })
    } else bySlug.set(lower, file)
  }
  return bySlug
}

function parseFrontmatter(file: string, root: string, problems: ContentProblem[]): { data: unknown; body: string } | undefined {
  try {
    const raw = fs.readFileSync(file, 'utf8')
    if (!raw.startsWith('---')) {
      problems.push({ file: rel(root, file), field: '(frontmatter)', message: 'is missing: start the file with a --- block of YAML fields' })
      return undefined
    }
    // YAML 1.2 (the `yaml` package): dates stay strings, so "2026-13-45" is caught, not rolled over.
    const parsed = matter(raw, { engines: { yaml: (text: string) => (YAML.parse(text) ?? {}) as object } })
    return { data: { ...parsed.data }, body: parsed.content }
  } catch (e) {
    problems.push({ file: rel(root, file), field: '(frontmatter)', message: `is not valid YAML: ${(e as Error).message.split('\n')[0]}` })
    return undefined
  }
}

/** Checks the JSX tags of one body and returns the source ids it cites, in order. */
function checkBody(file: string, slug: string, tags: JsxTag[], ctx: ScanContext, problems: ContentProblem[], placed: Map<string, string[]>): string[] {
  const cited: string[] = []
  for (const tag of tags) {
    const where = `line ${tag.line} <${tag.name}>`
    const rule = COMPONENT_RULES[tag.name] ?? ruleForDiagram(tag.name, ctx)
    if (!rule) {
      problems.push({
        file,
        field: where,
        message: /^[a-z]/.test(tag.name)
          ? 'raw HTML is not allowed in content; use Markdown or one of the components in content/AUTHORING.md'
          : `unknown component; use one of: ${[...Object.keys(COMPONENT_RULES), ...Object.keys(ctx.diagramSources)].join(', ')}`,
      })
      continue
    }
    for (const [attr, allowed] of Object.entries(rule.required ?? {})) {
      const value = tag.attrs[attr]
      if (value === undefined || value.trim() === '') {
        problems.push({ file, field: `${where} ${attr}`, message: `is missing: add ${attr}="…"${allowed ? ` (one of: ${allowed.join(', ')})` : ''}` })
      } else if (allowed && !allowed.includes(value)) {
        problems.push({ file, field: `${where} ${attr}`, message: `"${value}" is not allowed; use one of: ${allowed.join(', ')}` })
      }
    }
    if (rule.onlyOn && rule.onlyOn !== slug) {
      problems.push({ file, field: where, message: `belongs only on the ${rule.onlyOn} page; remove it here` })
    }
    if (tag.name === 'Cite' && tag.attrs.id && !ctx.sourceIds.has(tag.attrs.id)) {
      problems.push({ file, field: `${where} id`, message: `unknown source id "${tag.attrs.id}"; add it to content/sources.yaml or fix the id` })
    }
    if (tag.name === 'Term' && tag.attrs.id && !ctx.glossary.some((g) => g.id === tag.attrs.id)) {
      problems.push({ file, field: `${where} id`, message: `unknown glossary id "${tag.attrs.id}"; add it to content/glossary.yaml or fix the id` })
    }
    if (tag.name === 'Disagreement' && tag.attrs.id) {
      const d = ctx.disagreements.get(tag.attrs.id)
      if (!d) problems.push({ file, field: `${where} id`, message: `unknown disagreement "${tag.attrs.id}"; add content/disagreements/${tag.attrs.id}.yaml or fix the id` })
      else placed.set(tag.attrs.id, [...(placed.get(tag.attrs.id) ?? []), slug])
    }
    if (rule.cites) cited.push(...rule.cites(tag, ctx).filter((id) => id !== ''))
  }
  return cited
}

/**
 * Reads and validates everything under `root` (default `content/`). Throws one
 * ContentValidationError listing every problem (file, field, what to fix).
 */
/**
 * A language's own words for the registry's notes: content/<dir>/sources.yaml (and sources/*.yaml) hold
 * `sourceHash` and `notes: { <id>: text }` for the entries of the registry file of the same name. Titles,
 * authors and journals stay as published. A note not yet translated keeps the English note.
 */
function translateSourceNotes(scope: LocaleScope, names: string[], sources: Source[], problems: ContentProblem[]) {
  const byId = new Map(sources.map((x, i) => [x.id, i]))
  for (const name of names) {
    const full = path.join(scope.dir, name)
    if (!fs.existsSync(full)) continue
    const file = scope.rel(full)
    const raw = takeTranslationFields(scope, full, readYaml(full, scope.root, problems), problems).data as { notes?: unknown } | undefined
    const notes = raw?.notes
    if (typeof notes !== 'object' || notes === null || Array.isArray(notes)) {
      problems.push({ file, field: 'notes', message: 'must be a mapping of source id to the translated note' })
      continue
    }
    for (const [id, note] of Object.entries(notes as Record<string, unknown>)) {
      const i = byId.get(id)
      if (i === undefined) problems.push({ file, field: `notes.${id}`, message: `unknown source id "${id}"; use an id from ${name}` })
      else if (typeof note !== 'string' || note.trim().length < 3) problems.push({ file, field: `notes.${id}`, message: 'must be the translated note (a short text)' })
      else if (!sources[i]!.note) problems.push({ file, field: `notes.${id}`, message: `the English entry has no note; remove this line` })
      else sources[i] = { ...sources[i]!, note }
    }
  }
}

/** The readability of a page body by its language's formula. */
function readingOf(body: string, locale: Locale): { readability: Readability; readingLevel: number } {
  const readability = readabilityOfMdx(body)
  if (locale.readability === 'kandel-moles') return { readability, readingLevel: Math.round(kandelMolesOfMdx(body).score) }
  // UK reading age for a Flesch–Kincaid grade (a US school grade): grade + 5, never below 9.
  return { readability, readingLevel: Math.max(9, Math.round(readability.grade) + 5) }
}

const readCache = new Map<string, Content>()

/**
 * Reads and validates one language's content under `root` (default `content/`): the shared source registry
 * and people, and the language's own files in content/<dir>/. Throws one ContentValidationError listing
 * every problem (file, field, what to fix).
 */
export function readContent(root: string = contentRoot(), localeCode?: string): Content {
  const locale = localeCode ? getLocale(localeCode, root) : defaultLocale(root)
  const key = `${path.resolve(root)}\0${locale.code}`
  const hit = readCache.get(key)
  if (hit) return hit
  const content = readLocaleContent(root, locale)
  readCache.set(key, content)
  return content
}

function readLocaleContent(root: string, locale: Locale): Content {
  const problems: ContentProblem[] = []
  const dir = path.join(root, locale.dir)
  const scope: LocaleScope = { locale, root, dir, isDefault: locale.default === true, translations: [], rel: (f) => rel(root, f) }
  const english = scope.isDefault ? undefined : readContent(root)
  const ui = readUi(scope, problems)

  const unknownSource = (file: string, field: string, id: string): ContentProblem => ({
    file,
    field,
    message: `unknown source id "${id}"; add it to content/sources.yaml or fix the id`,
  })

  // Site config and people.
  const siteFile = path.join(dir, 'site.yaml')
  let site: SiteConfig | undefined
  if (!fs.existsSync(siteFile)) {
    problems.push({ file: rel(root, siteFile), field: '(file)', message: 'is missing; it names the publisher, the funding and the contact route (see content/AUTHORING.md)' })
  } else {
    const r = siteConfigSchema.safeParse(takeTranslationFields(scope, siteFile, readYaml(siteFile, root, problems), problems).data, { reportInput: true })
    if (r.success) site = r.data
    else problems.push(...zodProblems(rel(root, siteFile), r.error))
  }
  const peopleFile = rel(root, path.join(root, 'people.yaml'))
  const people = readYamlList(root, 'people.yaml', personSchema, 'person', problems)
  const personById = new Map(people.map((x) => [x.id, x]))

  // Sources.
  const sourceFileOf = new Map<string, string>()
  const sources = readYamlList(root, sourceFiles(root), sourceSchema, 'source', problems, sourceFileOf)
  if (!scope.isDefault) translateSourceNotes(scope, sourceFiles(root), sources, problems)
  const sourceById = new Map(sources.map((x) => [x.id, x]))

  // Glossary.
  const glossaryFile = rel(root, path.join(dir, 'glossary.yaml'))
  const glossary = readYamlList(dir, 'glossary.yaml', glossaryEntrySchema, 'glossary', problems, new Map(), scope)
  for (const g of glossary) {
    for (const s of g.sources ?? []) if (!sourceById.has(s)) problems.push(unknownSource(glossaryFile, `[${g.id}] sources`, s))
  }

  // Prices.
  const pricesFile = rel(root, path.join(dir, 'prices.yaml'))
  const prices = readYamlList(dir, 'prices.yaml', priceSchema, 'price', problems, new Map(), scope)
  for (const p of prices) if (!sourceById.has(p.source)) problems.push(unknownSource(pricesFile, `[${p.id}] source`, p.source))

  // Disagreements.
  const disagreements = new Map<string, Disagreement>()
  const dFiles = listFiles(path.join(dir, 'disagreements'), '.yaml', problems, root)
  checkSlugs(dFiles, root, problems)
  for (const f of dFiles) {
    const r = disagreementSchema.safeParse(takeTranslationFields(scope, f, readYaml(f, root, problems), problems).data, { reportInput: true })
    if (!r.success) {
      problems.push(...zodProblems(rel(root, f), r.error))
      continue
    }
    const id = slugFromFile(f)
    r.data.positions.forEach((p, i) => {
      if (!sourceById.has(p.source)) problems.push(unknownSource(rel(root, f), `positions[${i}].source`, p.source))
    })
    r.data.verdictSources.forEach((s, i) => {
      if (!sourceById.has(s)) problems.push(unknownSource(rel(root, f), `verdictSources[${i}]`, s))
    })
    disagreements.set(id, { ...r.data, id, file: rel(root, f) })
  }

  const ctx: ScanContext = {
    sourceIds: new Set(sourceById.keys()),
    disagreements,
    hubOrder: [],
    glossary,
    lang: locale.lang,
    prices,
    diagramSources: diagramSources(prices),
  }
  const placed = new Map<string, string[]>()

  // Articles.
  const aFiles = listFiles(path.join(dir, 'articles'), '.mdx', problems, root)
  checkSlugs(aFiles, root, problems)
  // Slugs of every article file, valid or not, so one bad article does not cascade into others.
  const articleFileSlugs = new Set(aFiles.map((f) => slugFromFile(f)))
  const articles: Article[] = []
  for (const f of aFiles) {
    const file = rel(root, f)
    const parsed = parseFrontmatter(f, root, problems)
    if (!parsed) continue
    const t = takeTranslationFields(scope, f, parsed.data, problems, { slug: true })
    const r = articleSchema.safeParse(t.data, { reportInput: true })
    if (!r.success) {
      problems.push(...zodProblems(file, r.error))
      continue
    }
    const key = slugFromFile(f)
    const slug = t.slug ?? key
    r.data.authors?.forEach((id, i) => {
      if (!personById.has(id)) problems.push({ file, field: `authors[${i}]`, message: `unknown person "${id}"; add the real person to ${peopleFile} or remove the id` })
    })
    r.data.reviewers?.forEach((rv, i) => {
      const person = personById.get(rv.person)
      if (!person) problems.push({ file, field: `reviewers[${i}].person`, message: `unknown person "${rv.person}"; add the real person to ${peopleFile} or remove the review` })
      else if (rv.kind === 'clinical' && person.role !== 'clinical reviewer') {
        problems.push({ file, field: `reviewers[${i}].kind`, message: `${person.name} is listed as ${person.role} in ${peopleFile}; a clinical review needs a clinical reviewer` })
      }
      if (rv.date > r.data.reviewed) problems.push({ file, field: `reviewers[${i}].date`, message: `is after reviewed (${r.data.reviewed}); set reviewed to the review date or later` })
    })
    const { headings, bad } = scanHeadings(parsed.body)
    for (const b of bad) problems.push({ file, field: `line ${b.line} (heading)`, message: b.message })
    articles.push({ ...r.data, key, slug, translation: t.record, file, href: `${locale.prefix}/articles/${slug}/`, body: parsed.body, headings, citations: pageCitations([]), ...readingOf(parsed.body, locale) })
  }
  const sectionIndex = (s: string) => SECTIONS.indexOf(s as (typeof SECTIONS)[number])
  articles.sort((a, b) => sectionIndex(a.section) - sectionIndex(b.section) || a.order - b.order || a.slug.localeCompare(b.slug))
  for (let i = 1; i < articles.length; i++) {
    const [a, b] = [articles[i - 1], articles[i]]
    if (a && b && a.section === b.section && a.order === b.order) {
      problems.push({ file: b.file, field: 'order', message: `${a.file} has order ${a.order} in section ${a.section} too; give each article its own number` })
    }
  }
  const articleSlugs = new Set(articles.map((a) => a.key))
  // The hub lists disagreements in reading order of the pages that discuss them.
  ctx.hubOrder = [...disagreements.values()]
    .sort((a, b) => {
      const ia = articles.findIndex((x) => x.key === a.page)
      const ib = articles.findIndex((x) => x.key === b.page)
      return ia - ib || a.id.localeCompare(b.id)
    })
    .map((d) => d.id)
  for (const a of articles) a.citations = pageCitations(checkBody(a.file, a.key, scanTags(a.body), ctx, problems, placed))

  // FAQs.
  const fFiles = listFiles(path.join(dir, 'faq'), '.mdx', problems, root)
  checkSlugs(fFiles, root, problems)
  const faqs: Faq[] = []
  for (const f of fFiles) {
    const file = rel(root, f)
    const parsed = parseFrontmatter(f, root, problems)
    if (!parsed) continue
    const t = takeTranslationFields(scope, f, parsed.data, problems, { slug: true })
    const r = faqSchema.safeParse(t.data, { reportInput: true })
    if (!r.success) {
      problems.push(...zodProblems(file, r.error))
      continue
    }
    const key = slugFromFile(f)
    const slug = t.slug ?? key
    r.data.related.forEach((s, i) => {
      if (!articleFileSlugs.has(s)) problems.push({ file, field: `related[${i}]`, message: `no article has the slug "${s}"; use one of: ${[...articleSlugs].join(', ')}` })
    })
    for (const b of scanHeadings(parsed.body).bad) problems.push({ file, field: `line ${b.line} (heading)`, message: b.message })
    const citations = pageCitations(checkBody(file, key, scanTags(parsed.body), ctx, problems, placed))
    if (citations.order.length === 0) problems.push({ file, field: '(answer)', message: 'cites no source; add at least one <Cite id="…" />' })
    faqs.push({ ...r.data, key, slug, translation: t.record, file, href: `${locale.prefix}/faq/#${slug}`, body: parsed.body, citations })
  }

  // Disagreements: each shown on exactly the page it names.
  for (const d of disagreements.values()) {
    const pages = placed.get(d.id) ?? []
    if (!articleFileSlugs.has(d.page)) problems.push({ file: d.file, field: 'page', message: `no article has the slug "${d.page}"` })
    else if (articleSlugs.has(d.page) && !pages.includes(d.page)) problems.push({ file: d.file, field: 'page', message: `add <Disagreement id="${d.id}" /> to ${rel(root, path.join(dir, 'articles', `${d.page}.mdx`))}, or change page` })
    const elsewhere = pages.filter((p) => p !== d.page)
    if (elsewhere.length) problems.push({ file: d.file, field: 'page', message: `is also placed on ${elsewhere.join(', ')}; show each disagreement on one page (the hub lists them all)` })
  }

  // "Your options" pages.
  const options = readOptions({ root: dir, rel: (f) => rel(root, f), sourceIds: ctx.sourceIds, articleSlugs: articleFileSlugs, scope }, problems)

  // Who cites what.
  const citedBy = new Map<string, CitingPlace[]>()
  const addCite = (id: string, place: CitingPlace) => citedBy.set(id, [...(citedBy.get(id) ?? []), place])
  for (const a of articles) for (const id of a.citations.order) addCite(id, { href: `${a.href}#ref-${id}`, label: a.title, kind: 'article' })
  for (const q of faqs) for (const id of q.citations.order) addCite(id, { href: q.href, label: q.question, kind: 'faq' })
  for (const g of options.goals) for (const id of g.citations.order) addCite(id, { href: `${g.href}#ref-${id}`, label: g.title, kind: 'options' })
  if (english) checkTranslations(english, { articles, faqs, disagreements, goals: options.goals }, problems)
  for (const s of sources) {
    // Whether a source is cited is a property of the English site; translations cite the same sources.
    if (english) break
    const cited = citedBy.has(s.id)
    if (!cited && !s.uncited) {
      problems.push({ file: sourceFileOf.get(s.id) ?? 'sources.yaml', field: `[${s.id}]`, message: 'is cited nowhere; cite it on a page or add uncited: <reason>' })
    }
    if (cited && s.uncited) {
      problems.push({ file: sourceFileOf.get(s.id) ?? 'sources.yaml', field: `[${s.id}] uncited`, message: 'the source is cited now; remove the uncited field' })
    }
  }

  if (problems.length || !site || !ui) throw new ContentValidationError(problems)
  const untranslated = english ? untranslatedFiles(scope, english) : []
  return { locale, translations: scope.translations, untranslated, ui, articles, faqs, sources, sourceById, disagreements, glossary: sortedGlossary(glossary, locale.lang), prices, citedBy, site, people, options }
}

/** English files (pages and data) with no file of the same name in this language's folder. */
function untranslatedFiles(scope: LocaleScope, english: Content): string[] {
  const done = new Set(scope.translations.map((t) => t.englishFile))
  const files = [
    ...english.articles.map((a) => a.file),
    ...english.faqs.map((f) => f.file),
    ...[...english.disagreements.values()].map((d) => d.file),
    ...(english.options?.goals ?? []).map((g) => g.file),
  ]
  return files.filter((f) => !done.has(f))
}

/** Each page (or answer) of a translation has its own slug. */
function uniqueSlugs(items: readonly { slug: string; file: string }[], what: string, problems: ContentProblem[]) {
  const seen = new Map<string, string>()
  for (const x of items) {
    const prev = seen.get(x.slug)
    if (prev) problems.push({ file: x.file, field: 'slug', message: `${prev} uses "${x.slug}" too; give each ${what} its own slug` })
    seen.set(x.slug, x.file)
  }
}

/** A translation keeps the English page's structure: same sources, same headings (links map heading by heading). */
function checkTranslations(
  english: Content,
  t: { articles: Article[]; faqs: Faq[]; disagreements: Map<string, Disagreement>; goals: { key?: string; slug: string; file: string }[] },
  problems: ContentProblem[],
) {
  const sameSources = (file: string, mine: readonly string[], theirs: readonly string[], enFile: string) => {
    const a = [...new Set(mine)].sort().join(' ')
    const b = [...new Set(theirs)].sort().join(' ')
    if (a !== b) {
      const missing = [...new Set(theirs)].filter((x) => !mine.includes(x))
      const extra = [...new Set(mine)].filter((x) => !theirs.includes(x))
      problems.push({ file, field: '(citations)', message: `must cite the same sources as ${enFile}${missing.length ? `; missing: ${missing.join(', ')}` : ''}${extra.length ? `; not in the English: ${extra.join(', ')}` : ''}` })
    }
  }
  for (const a of t.articles) {
    const en = english.articles.find((x) => x.key === a.key)
    if (!en) continue
    sameSources(a.file, a.citations.order, en.citations.order, en.file)
    const shape = (h: { depth: number }[]) => h.map((x) => x.depth).join(',')
    if (shape(a.headings) !== shape(en.headings)) {
      problems.push({ file: a.file, field: '(headings)', message: `must have the same headings, in the same order and levels, as ${en.file} (${en.headings.length} there, ${a.headings.length} here); links to its sections map heading by heading` })
    }
    for (const f of ['section', 'order', 'reviewed', 'nextReview'] as const) {
      if (a[f] !== en[f]) problems.push({ file: a.file, field: f, message: `must be the same as in ${en.file} (${String(en[f])})` })
    }
  }
  for (const q of t.faqs) {
    const en = english.faqs.find((x) => x.key === q.key)
    if (!en) continue
    sameSources(q.file, q.citations.order, en.citations.order, en.file)
    for (const f of ['topic', 'reviewed', 'nextReview'] as const) {
      if (q[f] !== en[f]) problems.push({ file: q.file, field: f, message: `must be the same as in ${en.file} (${String(en[f])})` })
    }
  }
  uniqueSlugs(t.articles, 'page', problems)
  uniqueSlugs(t.faqs, 'answer', problems)
}
