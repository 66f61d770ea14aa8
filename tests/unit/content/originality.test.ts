import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readContent } from '@/lib/content'
import { proseFromMdx } from '@/lib/content/readability'
import { optionsReaderText } from '@/lib/content/options'

/**
 * Our text must be our own: no run of 8 or more words may match the seed pages the project
 * started from (consumer and marketing pages). The seeds live beside the repo in ../shared/seeds.
 */
const SEEDS = path.resolve(process.cwd(), '..', 'shared', 'seeds')
const N = 8
/** Proper names may repeat word for word. */
const NAMES = ['the american society for aesthetic plastic surgery', 'american society for aesthetic plastic surgery asaps']

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9\s]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)

function shingles(text: string): Set<string> {
  const w = words(text)
  const out = new Set<string>()
  for (let i = 0; i + N <= w.length; i++) out.add(w.slice(i, i + N).join(' '))
  return out
}

describe.skipIf(!fs.existsSync(SEEDS))('originality', () => {
  const seedShingles = new Set<string>()
  for (const f of fs.existsSync(SEEDS) ? fs.readdirSync(SEEDS) : []) {
    for (const s of shingles(fs.readFileSync(path.join(SEEDS, f), 'utf8'))) seedShingles.add(s)
  }
  const content = readContent()
  const docs: [string, string][] = [
    ...content.articles.map((a): [string, string] => [a.file, proseFromMdx(a.body)]),
    ...content.faqs.map((f): [string, string] => [f.file, proseFromMdx(f.body)]),
    ...content.glossary.map((g): [string, string] => [`content/glossary.yaml#${g.id}`, g.definition]),
    ...[...content.disagreements.values()].map((d): [string, string] => [d.file, [d.question, ...d.positions.map((p) => p.says), d.verdict].join(' ')]),
    ...(content.options?.goals ?? []).map((g): [string, string] => [g.file, optionsReaderText(g)]),
  ]

  it.each(docs)('%s shares no run of 8 words with the seed pages', (_file, text) => {
    const shared = [...shingles(text)].filter((s) => seedShingles.has(s) && !NAMES.some((n) => n.includes(s) || s.includes(n)))
    expect(shared).toEqual([])
  })
})
