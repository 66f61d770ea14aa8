/**
 * Search in every language other than the default: each has its query set
 * (tests/fixtures/search-queries-<code>.json, realistic questions a reader would type, some with
 * typos or without accents), each query mapped to the FAQ key(s) it should find. Recall@3 is
 * measured on the queries whose answers are translated so far.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { getContent, readLocales } from '@/lib/content'
import { indexJson, search } from '@/lib/search/match'
import { isSymptomQuery } from '@/lib/search/warnings'
import { wordsOf } from '@/lib/search/normalize'
import { keyOf } from '@/lib/search/documents'
import { localeIndexes } from './indexes'

interface Case {
  query: string
  expect: string[]
}
const fixtures = path.resolve(__dirname, '../../fixtures')
const englishKeys = new Set(getContent(readLocales()[0]!.code).faqs.map(keyOf))

for (const locale of readLocales().slice(1)) {
  const file = path.join(fixtures, `search-queries-${locale.code}.json`)
  const { content, faq, site, lang } = localeIndexes(locale.code)
  const cases = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Case[]) : []
  const slugOf = new Map(content.faqs.map((f) => [keyOf(f), f.slug]))
  const testable = cases.filter((c) => c.expect.some((k) => slugOf.has(k)))

  describe(`search in ${locale.name} (${locale.code})`, () => {
    it('has a query set of at least 100 queries mapped to real FAQ keys', () => {
      expect(cases.length, file).toBeGreaterThanOrEqual(100)
      for (const c of cases) for (const k of c.expect) expect(englishKeys.has(k), `${c.query} → ${k}`).toBe(true)
    })

    it('finds an expected answer in the top 3 for at least 95% of the queries whose answers are translated (recall@3)', () => {
      const misses: string[] = []
      for (const c of testable) {
        const want = c.expect.flatMap((k) => slugOf.get(k) ?? [])
        const top = search(faq, c.query, { kind: 'faq', limit: 3 }).map((h) => h.id)
        if (!want.some((s) => top.includes(s))) misses.push(`${c.query} → got ${top.join(', ') || 'nothing'}; want ${want.join(' or ')}`)
      }
      const recall = testable.length ? 1 - misses.length / testable.length : 1
      console.log(`${locale.code}: recall@3 ${(recall * 100).toFixed(1)}% on ${testable.length} of ${cases.length} queries (${content.faqs.length} answers translated)`)
      if (process.env.SHOW_MISSES) console.log(misses.join("\n"))
      expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(0.95)
    })

    it('links every hit into the language (prefix) and keeps warning ids that exist', () => {
      for (const h of search(site, 'a b c ' + (content.faqs[0]?.question ?? ''), { limit: 10 })) expect(h.href.startsWith(`${locale.prefix}/`)).toBe(true)
      for (const id of lang.warnings) expect(site.ms.has(id), id).toBe(true)
    })
  })
}

/**
 * First use of a search box may fetch 30 KB gzip (deploy/budgets.json): the search chunk (about
 * 7.4 KB) plus one index. So each language's index stays under 23 KB gzip; the nginx budget test
 * checks the real total on the built pages.
 */
describe('every language\'s index fits the first-use search budget', () => {
  const MAX = 23 * 1024
  for (const locale of readLocales()) {
    it(`${locale.code}: FAQ and site indexes ≤ ${MAX} bytes gzip`, () => {
      const { sets, langs } = localeIndexes(locale.code)
      for (const name of ['faq', 'site'] as const) {
        const gz = zlib.gzipSync(indexJson(sets[name], langs[name]), { level: 9 }).length
        console.log(`${locale.code} ${name}.json: ${gz} bytes gzip`)
        expect(gz, `${locale.code} ${name}.json`).toBeLessThanOrEqual(MAX)
      }
    })
  }
})

describe('French word folding', () => {
  const fr = localeIndexes('fr')
  const words = wordsOf(fr.lang)
  const same = (...forms: string[]) => expect(new Set(forms.map(words.term)).size, forms.join(' / ')).toBe(1)

  it('ignores accents, case and ligatures', () => {
    same('Hématomes', 'hematomes', 'HÉMATOME')
    same('cœur', 'coeur')
    same('Ecchymoses', 'ecchymose')
  })

  it('folds plural, feminine and verb endings', () => {
    same('gonflée', 'gonflé', 'gonfler', 'gonflement', 'gonflés')
    same('douloureux', 'douloureuse', 'douloureuses')
    same('injections', 'injection')
    same('cicatrices', 'cicatrice')
  })

  it('drops stop words and elided articles (l’, d’, qu’)', () => {
    for (const w of ['le', 'les', 'des', 'l', 'd', 'qu', 'est', 'que']) expect(words.term(w), w).toBeNull()
    expect(words.term('injection')).not.toBeNull()
  })

  it('expands lay words and phrases, including « peau d’orange »', () => {
    expect(fr.lang.synonyms['peau d\'orange']).toContain('cellulite')
    expect(fr.lang.synonyms.prix).toContain('cout')
    expect(fr.lang.synonyms.bleus).toEqual(expect.arrayContaining(['ecchymoses', 'hematomes']))
    expect(fr.lang.synonyms.enceinte).toContain('grossesse')
  })

  it('lists the "when to get help" answers first for a French symptom search', () => {
    for (const q of ['bosse rouge et chaude', 'du pus', 'boule qui grossit des semaines après', 'fièvre après la mésothérapie']) {
      const top = search(fr.faq, q, { kind: 'faq', limit: 5 }).map((h) => h.id)
      expect(top.slice(0, 2), q).toEqual(fr.langs.faq.warnings.slice(0, 2))
    }
    expect(fr.langs.faq.warnings).toHaveLength(2)
  })

  it('recognises symptom queries in French', () => {
    const is = (q: string) => isSymptomQuery(q, fr.lang, words)
    expect(is('bosse rouge et chaude')).toBe(true)
    expect(is('du pus')).toBe(true)
    expect(is("un abcès")).toBe(true)
    expect(is('peau rouge et gonflée')).toBe(true)
    expect(is('est-ce que ça fait mal')).toBe(false)
    expect(is('combien ça coûte')).toBe(false)
  })
})
