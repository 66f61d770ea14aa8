/**
 * French typography for files under content/fr/: a no-break space (U+00A0) before : ; ! ? and »,
 * and after «, in place of an ordinary space (or none, for « and »). Markdown table rules, URLs and
 * code are left alone. `npx tsx scripts/fr-typography.ts content/fr/articles/*.mdx` (add --check to
 * only list the lines that need it).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fixFrenchTypography } from '../lib/content/typography-fr'

const check = process.argv.includes('--check')
let bad = 0
for (const file of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  const before = readFileSync(file, 'utf8')
  const after = fixFrenchTypography(before)
  if (after === before) continue
  bad++
  if (check) console.log(`${file}: needs French spacing (run without --check to fix)`)
  else {
    writeFileSync(file, after)
    console.log(`${file}: fixed`)
  }
}
if (check && bad) process.exit(1)
