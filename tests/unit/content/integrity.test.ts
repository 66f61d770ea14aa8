import { describe, expect, it } from 'vitest'
import { readContent } from '@/lib/content'
import { readabilityOfMdx } from '@/lib/content/readability'

const content = readContent()
/** Pages exempt from the length rule (the issue says so). */
const SHORT_OK = new Set(['glossary', 'where-sources-disagree'])
const REQUIRED = [
  'what-is-mesotherapy', 'history', 'how-it-works', 'procedure', 'cellulite', 'fat-reduction', 'other-uses',
  'risks-and-side-effects', 'who-should-not-have-it', 'costs', 'aftercare', 'evidence-and-regulation',
  'choosing-a-practitioner', 'glossary', 'where-sources-disagree',
]

describe('real content', () => {
  it('is valid (the loader throws on any problem)', () => {
    expect(content.articles.length).toBeGreaterThanOrEqual(REQUIRED.length)
  })

  it('has every planned article', () => {
    expect(content.articles.map((a) => a.slug)).toEqual(expect.arrayContaining(REQUIRED))
  })

  it('has at least 60 FAQ answers, each citing a source', () => {
    expect(content.faqs.length).toBeGreaterThanOrEqual(60)
    for (const f of content.faqs) expect(f.citations.order.length, f.file).toBeGreaterThan(0)
  })

  it('has at least 40 sources, every one cited or explained', () => {
    expect(content.sources.length).toBeGreaterThanOrEqual(40)
  })

  describe.each(content.articles.map((a) => [a.slug, a] as const))('%s', (slug, a) => {
    it('cites at least 5 distinct sources', () => {
      expect(a.citations.order.length).toBeGreaterThanOrEqual(5)
    })
    it.skipIf(SHORT_OK.has(slug))('has at least 700 words of body text', () => {
      expect(a.readability.words).toBeGreaterThanOrEqual(700)
    })
    it(`reads at grade 9 or below (Flesch–Kincaid)`, () => {
      expect(a.readability.grade, `${a.file} is at grade ${a.readability.grade}`).toBeLessThanOrEqual(9)
    })
  })

  it('keeps every FAQ answer at grade 9 or below', () => {
    const hard = content.faqs.map((f) => [f.file, readabilityOfMdx(f.body).grade] as const).filter(([, g]) => g > 9)
    expect(hard).toEqual([])
  })

  it('shows a "where sources disagree" block on each treatment and safety article', () => {
    const withBlocks = new Set([...content.disagreements.values()].map((d) => d.page))
    for (const slug of ['how-it-works', 'procedure', 'cellulite', 'fat-reduction', 'other-uses', 'history', 'costs', 'aftercare']) {
      expect(withBlocks.has(slug), slug).toBe(true)
    }
  })

  it('labels evidence strength on every effectiveness article', () => {
    for (const slug of ['cellulite', 'fat-reduction', 'other-uses', 'evidence-and-regulation']) {
      const a = content.articles.find((x) => x.slug === slug)
      expect(a?.body, slug).toMatch(/<Evidence level="/)
    }
  })

  it('links internal pages that exist', () => {
    const known = new Set(['/', '/articles/', '/faq/', '/sources/', '/about/', '/about/sources/', '/tools/cost-estimator/', '/tools/consultation-checklist/', '/tools/aftercare-sheet/', ...content.articles.map((a) => a.href)])
    const bad: string[] = []
    for (const doc of [...content.articles, ...content.faqs]) {
      for (const m of doc.body.matchAll(/\]\((\/[^)#\s]*)(#[^)\s]*)?\)/g)) {
        if (!known.has(m[1] ?? '')) bad.push(`${doc.file}: ${m[1]}`)
      }
    }
    expect(bad).toEqual([])
  })
})
