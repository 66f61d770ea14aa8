import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { highlight, kindOf, placeOf, search } from '@/lib/search/match'
import { anchorOf, normalizeQuery, wordsOf } from '@/lib/search/normalize'
import { sectionDocuments } from '@/lib/search/documents'
import { localeIndexes } from './indexes'

// The same path the page uses: documents → index file → loadIndex.
const { content, faq: faqIndex, site: siteIndex, lang } = localeIndexes('en')

interface Case {
  query: string
  expect: string[]
}
const fixtures = path.resolve(__dirname, '../../fixtures')
const cases: Case[] = fs
  .readdirSync(fixtures)
  .filter((f) => /^search-queries-\d+\.json$/.test(f))
  .flatMap((f) => JSON.parse(fs.readFileSync(path.join(fixtures, f), 'utf8')) as Case[])

describe('search quality', () => {
  it('has a test set of at least 100 queries mapped to real FAQs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100)
    const slugs = new Set(content.faqs.map((f) => f.slug))
    for (const c of cases) for (const s of c.expect) expect(slugs.has(s), `${c.query} → ${s}`).toBe(true)
  })

  it('finds an expected answer in the top 3 for at least 95% of queries (recall@3)', () => {
    const misses: string[] = []
    for (const c of cases) {
      const top = search(faqIndex, c.query, { kind: 'faq', limit: 3 }).map((h) => h.id)
      if (!c.expect.some((s) => top.includes(s))) misses.push(`${c.query} → got ${top.join(', ')}; want ${c.expect.join(' or ')}`)
    }
    const recall = 1 - misses.length / cases.length
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(0.95)
  })

  it('ranks a question match above an answer-only match', () => {
    const hits = search(faqIndex, 'bruising', { kind: 'faq' })
    expect(hits[0]?.title.toLowerCase()).toContain('bruising')
  })

  it('tolerates typos, prefixes and lay words', () => {
    expect(search(faqIndex, 'brusing')[0]?.title).toMatch(/bruis/i)
    expect(search(faqIndex, 'pregnan').slice(0, 3).map((h) => h.title).join(' ')).toMatch(/pregnan/i)
    expect(search(faqIndex, 'price').slice(0, 3).map((h) => h.title).join(' ')).toMatch(/cost/i)
    expect(search(faqIndex, 'can i swim').slice(0, 3).map((h) => h.title).join(' ')).toMatch(/swim/i)
    expect(search(faqIndex, 'does the jab hurt').slice(0, 3).map((h) => h.title).join(' ')).toMatch(/hurt|pain|sore/i)
  })

  it('searches article sections in the site-wide index, grouped by kind', () => {
    const hits = search(siteIndex, 'aftercare first week')
    expect(hits.some((h) => h.kind === 'section')).toBe(true)
    expect(hits.some((h) => h.kind === 'faq')).toBe(true)
    for (const h of hits) expect(h.href).toMatch(h.kind === 'faq' ? /^\/faq\/#[a-z0-9-]+$/ : /^\/articles\/[a-z0-9-]+\/#[a-z0-9-]+$/)
    const aftercare = hits.find((h) => h.kind === 'section' && h.href.startsWith('/articles/aftercare/'))
    expect(aftercare?.context).toMatch(/aftercare/i)
  })

  it('derives kind, link and article title from the id, the stored title and the language', () => {
    const en = { prefix: '', articles: [['procedure', 'The procedure'] as [string, string]] }
    const fr = { prefix: '/fr', articles: [['deroulement', 'Le déroulement'] as [string, string]] }
    expect(kindOf('does-it-hurt')).toBe('faq')
    expect(placeOf('does-it-hurt', { title: 'Does it hurt?', c: 'Pain' }, en)).toEqual({ href: '/faq/#does-it-hurt', context: 'Pain' })
    expect(kindOf('0#2')).toBe('section')
    expect(placeOf('0#2', { title: 'Before you start' }, en)).toEqual({ href: '/articles/procedure/#before-you-start', context: 'The procedure' })
    expect(placeOf('ca-fait-mal', { title: 'Ça fait mal ?' }, fr).href).toBe('/fr/faq/#ca-fait-mal')
    expect(placeOf('0#0', { title: 'Avant la séance : à savoir' }, fr).href).toBe('/fr/articles/deroulement/#avant-la-séance--à-savoir')
    expect(placeOf('0#1', { title: 'Avant', a: 'avant-1' }, fr).href).toBe('/fr/articles/deroulement/#avant-1')
  })

  it('stores a section anchor only where the simple rule differs from the page (github-slugger)', () => {
    const sections = sectionDocuments(content)
    expect(sections.length).toBeGreaterThan(50)
    for (const d of sections) expect(d.a ?? anchorOf(d.title), d.title).toBe(d.anchor)
  })
})

describe('search: bad input never breaks and never injects markup', () => {
  const nasty: [string, string][] = [
    ['10,000 characters', 'pain '.repeat(2000)],
    ['regex metacharacters', '.*+?^${}()|[]\\/ (a+)+$'],
    ['HTML', '<img src=x onerror=alert(1)>'],
    ['script tag', '<script>alert("x")</script>'],
    ['emoji', '💉😬 does it hurt 🤕'],
    ['right-to-left text', 'هل يؤلم الحقن'],
    ['only spaces', '      '],
    ['null and control characters', '\u0000\u0007\u001b[31m'],
    ['broken surrogate', '\ud800 pain'],
  ]
  it.each(nasty)('%s', (_name, q) => {
    const hits = search(faqIndex, q)
    expect(Array.isArray(hits)).toBe(true)
    for (const h of hits) {
      for (const part of highlight(h.title, h.matched)) expect(typeof part.text).toBe('string')
    }
  })

  it('caps the query length', () => {
    expect(normalizeQuery('a'.repeat(10_000)).length).toBeLessThanOrEqual(200)
  })

  it('reads ?q= with broken percent-encoding without throwing', () => {
    for (const raw of ['?q=%E0%A4%A', '?q=%', '?q=%zz%', '?q=caf%C3%A9', '?q=a+b%26c']) {
      const q = new URLSearchParams(raw).get('q') ?? ''
      expect(() => search(faqIndex, q)).not.toThrow()
    }
    expect(new URLSearchParams('?q=caf%C3%A9').get('q')).toBe('café')
  })

  it('highlights by splitting text, never by building HTML', () => {
    const parts = highlight('Bruising <b>lasts</b> days', ['bruis', 'last'])
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Bruising', 'lasts'])
    expect(parts.map((p) => p.text).join('')).toBe('Bruising <b>lasts</b> days')
  })

  it('normalises terms: accents, case, ligatures, stop words, plurals', () => {
    const words = wordsOf(lang)
    expect(words.term('Injections')).toBe('injection')
    expect(words.term('the')).toBeNull()
    expect(normalizeQuery('Caféine  ÉCZÉMA!!')).toBe('cafeine eczema')
    expect(normalizeQuery('Œdème cæcum l’œil')).toBe("oedeme caecum l'oeil")
  })
})
