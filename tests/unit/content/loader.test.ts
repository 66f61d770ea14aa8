import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readContent } from '@/lib/content'
import { VALID, fixture, problems } from './fixture'

const ARTICLE = 'articles/first-article.mdx'
const setFront = (key: string, value: string) => (old: string) => old.replace(new RegExp(`^${key}:.*$`, 'm'), `${key}: ${value}`)

describe('content loader: valid fixture', () => {
  it('accepts valid content and derives slugs, order and citations', () => {
    const c = readContent(VALID)
    expect(c.articles.map((a) => a.slug)).toEqual(['first-article', 'second-article'])
    const a = c.articles[0]!
    expect(a.href).toBe('/articles/first-article/')
    expect(a.headings.map((h) => [h.depth, h.id])).toEqual([
      [2, 'a-section'],
      [3, 'a-sub-section'],
    ])
    // First use order: trial-one, review-two; the disagreement adds its sources again.
    expect(a.citations.order).toEqual(['trial-one', 'review-two'])
    expect(a.citations.counts).toEqual({ 'trial-one': 3, 'review-two': 3 })
    expect(c.faqs[0]?.citations.order).toEqual(['trial-one'])
    expect(c.citedBy.get('review-two')?.map((p) => p.href)).toContain('/articles/second-article/#ref-review-two')
    expect(c.citedBy.get('trial-one')?.map((p) => p.href)).toContain('/faq/#does-it-hurt')
  })

  it('normalises YAML dates to YYYY-MM-DD strings', () => {
    expect(readContent(VALID).articles[0]?.reviewed).toBe('2026-11-21')
  })
})

describe('content loader: each kind of bad content fails with file, field and fix', () => {
  const cases: [string, Record<string, string | null | ((old: string) => string)>, RegExp, RegExp][] = [
    ['unknown frontmatter key', { [ARTICLE]: (o) => o.replace('order: 1', 'order: 1\nauthor: Someone') }, /first-article\.mdx/, /unknown field "author"/],
    ['missing field', { [ARTICLE]: (o) => o.replace(/^title:.*\n/m, '') }, /title/, /is missing/],
    ['bad date', { [ARTICLE]: setFront('reviewed', '2026-13-45') }, /reviewed/, /date|calendar/],
    ['date in the wrong format', { [ARTICLE]: setFront('reviewed', '21/11/2026') }, /reviewed/, /YYYY-MM-DD/],
    ['description too long', { [ARTICLE]: setFront('description', 'x'.repeat(161)) }, /description/, /160 characters/],
    ['unknown section', { [ARTICLE]: setFront('section', 'misc') }, /section/, /basics, treatment, safety, practical/],
    ['too few takeaways', { [ARTICLE]: (o) => o.replace('  - The third point is short.\n', '').replace('  - The second point is short.\n', '') }, /takeaways/, /at least 3/],
    ['duplicate slug', { 'articles/First-Article.mdx': (o) => o || fs.readFileSync(path.join(VALID, ARTICLE), 'utf8') }, /\(file name\)/, /duplicate slug|not a valid slug/],
    ['duplicate order in a section', { 'articles/third.mdx': () => fs.readFileSync(path.join(VALID, ARTICLE), 'utf8').replace('Disagreement id="how-many" ', 'Evidence level="some" ') }, /order/, /order 1 in section basics/],
    ['unknown citation id', { [ARTICLE]: (o) => `${o}\nMore<Cite id="no-such-source" />.\n` }, /<Cite> id/, /unknown source id "no-such-source"/],
    ['unknown risk level', { [ARTICLE]: (o) => o.replace('level="urgent"', 'level="scary"') }, /<RiskCallout> level/, /"scary" is not allowed/],
    ['unknown evidence level', { [ARTICLE]: (o) => o.replace('level="weak"', 'level="strong"') }, /<Evidence> level/, /not allowed/],
    ['unknown component', { [ARTICLE]: (o) => `${o}\n<Marquee />\n` }, /<Marquee>/, /unknown component/],
    ['raw HTML', { [ARTICLE]: (o) => `${o}\n<div>hi</div>\n` }, /<div>/, /raw HTML/],
    ['an h1 in the body', { [ARTICLE]: (o) => `${o}\n# Big\n` }, /heading/, /only h1/],
    ['unknown glossary term', { [ARTICLE]: (o) => o.replace('Term id="dermis"', 'Term id="epidermis"') }, /<Term> id/, /unknown glossary id/],
    ['unknown disagreement', { [ARTICLE]: (o) => o.replace('Disagreement id="how-many"', 'Disagreement id="nope"') }, /<Disagreement> id/, /unknown disagreement/],
    ['disagreement not placed', { [ARTICLE]: (o) => o.replace('<Disagreement id="how-many" />', '') }, /how-many\.yaml/, /add <Disagreement id="how-many"/],
    ['duplicate source id', { 'sources.yaml': (o) => `${o}- id: trial-one\n  type: trial\n  title: Again\n  url: https://example.org/x\n` }, /\[trial-one\] id/, /duplicate source id/],
    ['malformed DOI', { 'sources.yaml': (o) => o.replace('doi: 10.1000/fixture.1', 'doi: https://doi.org/10.1000/x') }, /\[trial-one\] doi/, /bare DOI/],
    ['malformed PMID', { 'sources.yaml': (o) => o.replace('pmid: "123456"', 'pmid: "PMC123"') }, /\[trial-one\] pmid/, /digits only/],
    ['malformed URL', { 'sources.yaml': (o) => o.replace('url: https://example.org/trial', 'url: example dot org') }, /\[trial-one\] url/, /https:\/\//],
    ['unknown source type', { 'sources.yaml': (o) => o.replace('type: trial', 'type: blogpost') }, /\[trial-one\] type/, /one of: systematic-review/],
    ['source cited nowhere', { 'sources.yaml': (o) => o.replace(/\n {2}uncited:.*$/m, '') }, /\[kept-aside\]/, /cited nowhere/],
    ['uncited but cited', { 'sources.yaml': (o) => o.replace('  note: A made-up', '  uncited: old reason\n  note: A made-up') }, /\[trial-one\] uncited/, /remove the uncited field/],
    ['FAQ question without ?', { 'faq/does-it-hurt.mdx': setFront('question', 'Does it hurt') }, /question/, /question mark/],
    ['FAQ unknown topic', { 'faq/does-it-hurt.mdx': setFront('topic', 'gossip') }, /topic/, /one of: basics, results/],
    ['FAQ related slug missing', { 'faq/does-it-hurt.mdx': setFront('related', '[no-such-article]') }, /related\[0\]/, /no article has the slug "no-such-article"/],
    ['FAQ without citation', { 'faq/does-it-hurt.mdx': (o) => o.replace('<Cite id="trial-one" />', '') }, /\(answer\)/, /cites no source/],
    ['disagreement with one position', { 'disagreements/how-many.yaml': (o) => o.replace(/ {2}- source: review-two\n {4}says: .*\n/, '') }, /positions/, /at least two/],
    ['glossary source unknown', { 'glossary.yaml': (o) => o.replace('[review-two]', '[nobody]') }, /\[dermis\] sources/, /unknown source id "nobody"/],
    ['bad YAML', { 'sources.yaml': () => '- id: [unclosed\n' }, /sources\.yaml/, /YAML/],
    ['missing frontmatter', { [ARTICLE]: () => 'Just text.' }, /\(frontmatter\)/, /is missing/],
    ['non-mdx file', { 'articles/notes.md': () => '# hi' }, /notes\.md/, /only \.mdx files/],
  ]
  it.each(cases)('%s', (_name, edits, field, message) => {
    const found = problems(fixture(edits))
    const match = found.find((p) => field.test(`${p.file} ${p.field}`) && message.test(p.message))
    expect(match, `problems were:\n${found.map((p) => `${p.file} — ${p.field}: ${p.message}`).join('\n')}`).toBeDefined()
    expect(match?.file).toMatch(/^content\//)
  })

  it('lists every problem at once, one line each', () => {
    const root = fixture({ [ARTICLE]: (o) => setFront('section', 'misc')(setFront('reviewed', 'soon')(o)) })
    let message = ''
    try {
      readContent(root)
    } catch (e) {
      message = (e as Error).message
    }
    expect(message).toMatch(/2 problems/)
    expect(message).toMatch(/content\/articles\/first-article\.mdx — section:/)
    expect(message).toMatch(/content\/articles\/first-article\.mdx — reviewed:/)
  })
})
