import { describe, expect, it } from 'vitest'
import { search, type SearchIndex } from '@/lib/search/match'
import { isSymptomQuery as isSymptom, WARNING_KEYS } from '@/lib/search/warnings'
import { localeIndexes } from './indexes'

const { faq: faqIndex, site: siteIndex, lang, langs } = localeIndexes('en')
const isSymptomQuery = (q: string, index: SearchIndex = faqIndex) => isSymptom(q, index.lang, index.words)

/** What a worried reader types (trial m16): every one must put the warning answers first. */
const SYMPTOM_QUERIES = [
  'red hot lump',
  'hot painful lump weeks later',
  'lump weeks after',
  'pus',
  'abscess',
  'swollen red skin',
  'painful red swelling',
  'fever after mesotherapy',
  'lump getting bigger',
  'infected needle mark',
  'hard lump that hurts',
]

/** Ordinary questions that must not be pushed aside by warnings. */
const PLAIN_QUERIES = ['is swelling normal', 'does it hurt', 'how much does it cost', 'can i swim', 'bruising', 'when do results show', 'dark marks']

describe('symptom searches rank the warning answers first (header and FAQ search)', () => {
  it('every warning id exists in the index it belongs to', () => {
    expect(lang.warnings).toHaveLength(WARNING_KEYS.length)
    expect(langs.faq.warnings).toHaveLength(WARNING_KEYS.filter((k) => !k.includes('#')).length)
    for (const id of lang.warnings) {
      expect(siteIndex.ms.has(id), id).toBe(true)
      if (!id.includes('#')) expect(faqIndex.ms.has(id), id).toBe(true)
    }
  })

  it.each(SYMPTOM_QUERIES)('FAQ search: %j lists "when to call a doctor" and "infection weeks later" first', (q) => {
    expect(isSymptomQuery(q)).toBe(true)
    const top = search(faqIndex, q, { kind: 'faq', limit: 5 }).map((h) => h.id)
    expect(top.slice(0, 2)).toEqual(['when-to-call-a-doctor-after-mesotherapy', 'can-infection-show-up-weeks-later'])
  })

  it.each(SYMPTOM_QUERIES)('header search: %j shows warning answers and the warning-signs section before anything else', (q) => {
    const hits = search(siteIndex, q, { limit: 40 })
    // The header lists questions first, then sections: both groups must start with a warning.
    const faqs = hits.filter((h) => h.kind === 'faq').map((h) => h.id)
    const sections = hits.filter((h) => h.kind === 'section').map((h) => h.href)
    expect(faqs[0]).toBe('when-to-call-a-doctor-after-mesotherapy')
    expect(faqs[1]).toBe('can-infection-show-up-weeks-later')
    expect(sections[0]).toBe('/articles/risks-and-side-effects/#signs-can-come-weeks-later')
    // Reassurance ("Is redness normal?") never comes before the warnings.
    expect(faqs.indexOf('is-redness-normal')).not.toBe(0)
  })

  it.each(PLAIN_QUERIES)('an ordinary question (%j) is ranked by relevance, with no warning pinned', (q) => {
    expect(isSymptomQuery(q)).toBe(false)
    const top = search(faqIndex, q, { kind: 'faq', limit: 1 }).map((h) => h.id)
    expect(top[0]).not.toBe('when-to-call-a-doctor-after-mesotherapy')
  })
})
