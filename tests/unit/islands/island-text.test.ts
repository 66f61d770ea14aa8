import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import YAML from 'yaml'
import { describe, expect, it } from 'vitest'
import { getIslandText, readLocales, staleIslandTexts } from '@/lib/content'

/** A content root with two languages and the given island files. */
function fixture(en: unknown, fr: unknown): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'islands-'))
  fs.mkdirSync(path.join(root, 'fr'))
  fs.writeFileSync(
    path.join(root, 'locales.yaml'),
    YAML.stringify([
      { code: 'en', lang: 'en-GB', name: 'English', dir: '.', prefix: '', default: true },
      { code: 'fr', lang: 'fr-FR', name: 'Français', dir: 'fr', prefix: '/fr' },
    ]),
  )
  fs.writeFileSync(path.join(root, 'islands.yaml'), YAML.stringify(en))
  fs.writeFileSync(path.join(root, 'fr', 'islands.yaml'), YAML.stringify(fr))
  return root
}
const english = YAML.parse(fs.readFileSync('content/islands.yaml', 'utf8')) as Record<string, Record<string, unknown>>
const french = YAML.parse(fs.readFileSync('content/fr/islands.yaml', 'utf8')) as Record<string, Record<string, unknown>>

describe('island words (content/islands.yaml per language)', () => {
  it('every language has every key, valid', () => {
    for (const l of readLocales()) {
      const t = getIslandText(l.code)
      expect(Object.keys(t).sort()).toEqual(Object.keys(english).filter((k) => k !== 'sourceHash').sort())
    }
  })

  it('French is French', () => {
    expect(getIslandText('fr').faqTools.expand).toBe('Ouvrir toutes les réponses')
    expect(getIslandText('fr').faqSearch.count.other).toContain('{count}')
  })

  it('no translation is stale (sourceHash = hash of content/islands.yaml)', () => {
    const stale = staleIslandTexts()
    expect(stale, stale.map((s) => `${s.file}: sourceHash ${s.recorded || '(none)'}, English file is now ${s.current}`).join('\n')).toEqual([])
  })

  it('a key missing in French fails, naming the key and the file', () => {
    const fr = structuredClone(french)
    delete fr.faqTools!.collapse
    expect(() => getIslandText('fr', fixture(english, fr))).toThrow(/content\/fr\/islands\.yaml — faqTools\.collapse: is missing/)
  })

  it('an unknown key fails', () => {
    const fr = structuredClone(french)
    fr.faqTools!.extra = 'x'
    expect(() => getIslandText('fr', fixture(english, fr))).toThrow(/faqTools: unknown field "extra"/)
  })

  it('placeholders are checked: missing or unknown', () => {
    const fr = structuredClone(french)
    ;(fr.faqSearch!.count as Record<string, string>).one = 'Une question correspond.'
    fr.citePreview!.title = 'Source {num}'
    const run = () => getIslandText('fr', fixture(english, fr))
    expect(run).toThrow(/faqSearch\.count\.one: must contain the placeholder \{count\}/)
    expect(run).toThrow(/citePreview\.title: unknown placeholder \{num\}: use \{n\}/)
  })

  it('a translation without sourceHash fails, and a wrong one is listed as stale', () => {
    const bare = structuredClone(french)
    delete bare.sourceHash
    expect(() => getIslandText('fr', fixture(english, bare))).toThrow(/sourceHash: is missing/)
    const root = fixture(english, { ...french, sourceHash: '0000000000000000' })
    expect(staleIslandTexts(root).map((s) => s.locale)).toEqual(['fr'])
  })
})
