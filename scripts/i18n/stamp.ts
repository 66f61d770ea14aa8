/**
 * After translating an English change: records the English file's current hash in the translation.
 * `npx tsx scripts/i18n/stamp.ts content/fr/articles/costs.mdx …` (only the files you have brought up to date).
 */
import fs from 'node:fs'
import path from 'node:path'
import { readLocales } from '../../lib/content/locales'
import { fileHash } from '../../lib/content/translation'

const root = path.join(process.cwd(), 'content')
const locales = readLocales(root).filter((l) => !l.default)
for (const arg of process.argv.slice(2)) {
  const file = path.resolve(arg)
  const locale = locales.find((l) => file.startsWith(path.join(root, l.dir) + path.sep))
  if (!locale) {
    console.error(`${arg}: not a translation (not under content/<language>/)`)
    process.exitCode = 1
    continue
  }
  const english = path.join(root, path.relative(path.join(root, locale.dir), file))
  const text = fs.readFileSync(file, 'utf8')
  const next = text.replace(/^(---\n(?:[^\n]*\n)*?)?sourceHash: *[0-9a-f]*$/m, (m) => m.replace(/sourceHash: *[0-9a-f]*$/, `sourceHash: ${fileHash(english)}`))
  if (next === text) console.log(`${arg}: already up to date (or no sourceHash line)`)
  else {
    fs.writeFileSync(file, next)
    console.log(`${arg}: sourceHash ${fileHash(english)}`)
  }
}
