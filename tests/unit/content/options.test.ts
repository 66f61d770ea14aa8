import fs from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import { describe, expect, it } from 'vitest'
import { readContent } from '@/lib/content'
import { VALID, fixture as baseFixture, problems, type Edits } from './fixture'
import { OPTION_FIELDS, optionsCitationOrder, optionsReaderText, optionsGoalSchema, optionsLabelsSchema, type OptionsGoalData } from '@/lib/content/options'
import { fleschKincaid } from '@/lib/content/readability'

const ROOT = path.join(process.cwd(), 'content')
const OPTIONS = path.join(ROOT, 'options')

/** A small valid goal file that cites the fixture sources and links the fixture articles. */
const GOAL = `title: Your options for a fixture goal
description: A fixture page that compares doing nothing, self-care and mesotherapy for one made-up goal.
goal: a fixture goal
askedAs: I want the fixture goal to go away.
order: 1
intro:
  text: One short paragraph that sets the scene.
  sources: [trial-one]
doNothing:
  - text: Doing nothing is a fair choice for this fixture goal.
    sources: [review-two]
articles: [first-article]
reviewed: 2026-11-30
nextReview: 2027-11-30
changes:
  - date: 2026-11-30
    note: First published.
options:
  - kind: nothing
    name: Leave it
    what: { text: You leave it as it is., sources: [review-two] }
    evidence: { summary: It does no harm to leave it alone., sources: [review-two] }
    results: { text: It stays as it is., sources: [review-two] }
    risks: { text: No risk from treatment., sources: [review-two] }
    sessions: { text: None. }
    cost: { text: Nothing. }
    providers: { text: No one. }
  - kind: self-care
    name: Looking after yourself
    what: { text: Something you do yourself., sources: [trial-one] }
    evidence: { level: some, summary: One small trial found a small benefit., sources: [trial-one] }
    results: { text: A small change in some people., sources: [trial-one] }
    risks: { text: Few risks were reported., sources: [trial-one] }
    sessions: { text: Daily. }
    cost: { noTrustedPrice: true }
    providers: { text: You. }
  - kind: mesotherapy
    name: Mesotherapy
    what: { text: Many small shots into the skin., sources: [trial-one] }
    evidence: { level: weak, summary: Only small studies without a fair comparison., sources: [review-two] }
    results: { text: Nobody knows how well it works., sources: [review-two] }
    risks: { text: Lumps and infection can happen., sources: [review-two] }
    sessions: { text: No standard plan., sources: [review-two] }
    cost: { text: US$200 to US$600 a session., year: 2010, currency: USD, sources: [trial-one] }
    providers: { text: Doctors and clinics., sources: [review-two] }
questions:
  - Does this bother me enough to treat it?
  - What did the trials of this exact treatment find?
  - Who helps me if something goes wrong?
seeDoctor:
  - level: urgent
    title: Get help for these signs
    text: Get help for a red, hot, painful or growing lump, even weeks later.
    sources: [trial-one]
`

/** Copies the valid fixture, adds the real labels file and the goal above, then applies edits. */
const fixture = (edits: Edits = {}) =>
  baseFixture(edits, (root) => {
    fs.mkdirSync(path.join(root, 'options'))
    fs.copyFileSync(path.join(OPTIONS, '_labels.yaml'), path.join(root, 'options', '_labels.yaml'))
    fs.writeFileSync(path.join(root, 'options', 'fixture-goal.yaml'), GOAL)
  })

const FILE = 'options/fixture-goal.yaml'
const edit = (from: string | RegExp, to: string) => ({ [FILE]: (old: string) => old.replace(from, to) })

describe('options loader: valid fixture', () => {
  it('reads the goal, its href and its citations in display order', () => {
    const c = readContent(fixture())
    const g = c.options?.goals[0]
    expect(g?.slug).toBe('fixture-goal')
    expect(g?.href).toBe('/options/fixture-goal/')
    expect(g?.citations.order).toEqual(['trial-one', 'review-two'])
    expect(c.options?.labels?.fields.what).toBeTruthy()
    expect(c.citedBy.get('trial-one')?.map((p) => p.href)).toContain('/options/fixture-goal/#ref-trial-one')
  })

  it('skips a file that only claims a goal (a comment, no data yet)', () => {
    const c = readContent(fixture({ 'options/later-goal.yaml': '# being written\n' }))
    expect(c.options?.goals.map((g) => g.slug)).toEqual(['fixture-goal'])
  })

  it('needs no options folder at all', () => {
    expect(readContent(VALID).options?.goals).toEqual([])
  })
})

describe('options loader: each kind of bad options file fails with file, field and fix', () => {
  const cases: [string, Record<string, string | null | ((old: string) => string)>, RegExp, RegExp][] = [
    ['unknown source id', edit('sources: [trial-one]\ndoNothing', 'sources: [no-such-source]\ndoNothing'), /intro\.sources\[0\]/, /unknown source id "no-such-source".*add it to content\/sources/],
    ['unknown article slug', edit('articles: [first-article]', 'articles: [no-such-article]'), /articles\[0\]/, /no article has the slug "no-such-article"/],
    ['no doing-nothing option', edit(/  - kind: nothing[\s\S]*?(?=  - kind: self-care)/, ''), /^options$/, /needs a "kind: nothing" option/],
    ['a fact without a source', edit('risks: { text: Lumps and infection can happen., sources: [review-two] }', 'risks: { text: Lumps and infection can happen. }'), /options\[2\]\.risks\.sources/, /needs at least one source/],
    ['a price without its year', edit('year: 2010, ', ''), /options\[2\]\.cost\.year/, /needs the year of the figure/],
    ['a price without its currency', edit('currency: USD, ', ''), /options\[2\]\.cost\.currency/, /needs its currency/],
    ['an unknown evidence level', edit('level: weak', 'level: strong'), /options\[2\]\.evidence\.level/, /good, some, weak, none, contradicted/],
    ['mesotherapy without an evidence rating', edit('evidence: { level: weak, ', 'evidence: { '), /options\[2\]\.evidence\.level/, /is missing: rate the evidence/],
    ['an unknown kind', edit('kind: self-care', 'kind: wellness'), /options\[1\]\.kind/, /nothing, self-care, medical, procedure, mesotherapy/],
    ['options out of order', edit(/  - kind: nothing([\s\S]*?)  - kind: self-care([\s\S]*?)(?=  - kind: mesotherapy)/, '  - kind: self-care$2  - kind: nothing$1'), /options\[1\]\.kind/, /list options in this order/],
    ['a text that is too long', edit('name: Mesotherapy', `name: ${'Meso '.repeat(20)}`), /options\[2\]\.name/, /60 characters or fewer/],
    ['too few questions', edit('  - Who helps me if something goes wrong?\n', ''), /^questions$/, /at least 3 questions/],
    ['next review too far away', edit('nextReview: 2027-11-30', 'nextReview: 2028-06-01'), /nextReview/, /at most 12 months after reviewed/],
    ['an unknown field', edit('order: 1', 'order: 1\nauthor: Someone'), /\(frontmatter\)/, /unknown field "author"/],
    ['no labels file', { 'options/_labels.yaml': null }, /\(file\)/, /options pages need their labels/],
    ['a bad file name', { 'options/Bad_Name.yaml': GOAL }, /\(file name\)/, /not a valid slug/],
  ]

  it.each(cases)('%s', (_name, edits, field, message) => {
    const found = problems(fixture(edits))
    const p = found.find((x) => field.test(x.field) && message.test(x.message))
    expect(p, JSON.stringify(found, null, 2)).toBeTruthy()
    expect(p?.file).toMatch(/^content\/options\//)
  })
})

/** The real options files, parsed on their own so that other writers' work in progress cannot break these checks. */
function realGoals(): [string, OptionsGoalData][] {
  return fs
    .readdirSync(OPTIONS)
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
    .map((f): [string, unknown] => [f, YAML.parse(fs.readFileSync(path.join(OPTIONS, f), 'utf8'))])
    .filter(([, raw]) => raw !== null && raw !== undefined)
    .map(([f, raw]) => {
      const r = optionsGoalSchema.safeParse(raw)
      if (!r.success) throw new Error(`content/options/${f}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
      return [f, r.data]
    })
}

function registryIds(): Set<string> {
  const files = ['sources.yaml', ...fs.readdirSync(path.join(ROOT, 'sources')).filter((f) => f.endsWith('.yaml')).map((f) => `sources/${f}`)]
  const ids = new Set<string>()
  for (const f of files) for (const s of (YAML.parse(fs.readFileSync(path.join(ROOT, f), 'utf8')) ?? []) as { id: string }[]) ids.add(s.id)
  return ids
}

/** Every sentence a reader sees on one goal page. */
describe('the real options pages', () => {
  const goals = realGoals()

  it('has a labels file that matches its schema', () => {
    const r = optionsLabelsSchema.safeParse(YAML.parse(fs.readFileSync(path.join(OPTIONS, '_labels.yaml'), 'utf8')))
    expect(r.success, r.success ? '' : r.error.message).toBe(true)
  })

  it('covers the goals of issue 11', () => {
    expect(goals.length).toBeGreaterThanOrEqual(1)
  })

  it.each(goals)('%s has a doing-nothing option, a mesotherapy option and a "what if I do nothing" section', (_f, g) => {
    expect(g.options.filter((o) => o.kind === 'nothing')).toHaveLength(1)
    expect(g.options.some((o) => o.kind === 'mesotherapy')).toBe(true)
    expect(g.doNothing.length).toBeGreaterThan(0)
  })

  it.each(goals)('%s cites only sources that exist in the registry', (_f, g) => {
    const ids = registryIds()
    const missing = [...new Set(optionsCitationOrder(g))].filter((id) => !ids.has(id))
    expect(missing).toEqual([])
  })

  it.each(goals)('%s links only articles that exist', (_f, g) => {
    const missing = g.articles.filter((s) => !fs.existsSync(path.join(ROOT, 'articles', `${s}.mdx`)))
    expect(missing).toEqual([])
  })

  it.each(goals)('%s gives every price with its year and currency, or says no trusted price was found', (_f, g) => {
    for (const o of g.options.filter((x) => x.kind !== 'nothing')) {
      expect(o.cost.noTrustedPrice || (o.cost.year !== undefined && o.cost.currency !== undefined), `${o.name}`).toBe(true)
    }
  })

  it.each(goals)('%s tells readers about urgent signs without waiting for a fever', (_f, g) => {
    const urgent = g.seeDoctor.filter((b) => b.level === 'urgent')
    expect(urgent.length).toBeGreaterThan(0)
    expect(optionsReaderText(g)).not.toMatch(/wait (?:for|until)[^.]*fever/i)
  })

  it.each(goals)('%s reads at grade 9 or below', (_f, g) => {
    expect(fleschKincaid(optionsReaderText(g)).grade).toBeLessThanOrEqual(9)
  })

  it('shows each fact field of every option (the comparison rows are the same for all options)', () => {
    for (const [, g] of goals) for (const o of g.options) for (const f of OPTION_FIELDS) expect(o[f], `${g.goal}: ${o.name}.${f}`).toBeTruthy()
  })
})

