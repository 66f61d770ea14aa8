/** Prints the Flesch–Kincaid grade and word count of MDX files: `npx tsx scripts/readability.ts content/articles/*.mdx` */
import { readFileSync } from 'node:fs'
import { readabilityOfMdx } from '../lib/content/readability'

for (const file of process.argv.slice(2)) {
  const r = readabilityOfMdx(readFileSync(file, 'utf8'))
  const flag = r.grade > 9 ? '  FAIL (above grade 9)' : r.grade > 8 ? '  (aim at 8 or below)' : ''
  console.log(`${file}: grade ${r.grade}, ${r.words} words, ${r.sentences} sentences${flag}`)
}
