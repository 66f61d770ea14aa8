/**
 * Prints the readability of MDX files: Flesch–Kincaid grade for English, Kandel–Moles reading ease
 * for French (files under content/fr/). `npx tsx scripts/readability.ts content/articles/*.mdx content/fr/faq/*.mdx`
 */
import { readFileSync } from 'node:fs'
import { readabilityOfMdx } from '../lib/content/readability'
import { kandelMolesOfMdx } from '../lib/content/readability-fr'

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8')
  if (/(^|\/)content\/fr\//.test(file)) {
    const r = kandelMolesOfMdx(text)
    const flag = r.score < 60 ? '  FAIL (below 60, not "facile")' : ''
    console.log(`${file}: Kandel–Moles ${r.score}, ${r.words} mots, ${r.sentences} phrases${flag}`)
    continue
  }
  const r = readabilityOfMdx(text)
  const flag = r.grade > 9 ? '  FAIL (above grade 9)' : r.grade > 8 ? '  (aim at 8 or below)' : ''
  console.log(`${file}: grade ${r.grade}, ${r.words} words, ${r.sentences} sentences${flag}`)
}
