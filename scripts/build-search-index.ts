/** Writes public/search/{faq,site}.json from the validated content (runs before `next build`). */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { readContent } from '../lib/content/load'
import { buildIndex } from '../lib/search/match'
import { searchDocuments } from '../lib/search/documents'

const sets = searchDocuments(readContent())
const dir = path.join(process.cwd(), 'public', 'search')
fs.mkdirSync(dir, { recursive: true })
for (const [name, docs] of Object.entries(sets)) {
  const json = JSON.stringify(buildIndex(docs))
  fs.writeFileSync(path.join(dir, `${name}.json`), json)
  const gz = zlib.gzipSync(json, { level: 9 }).length
  console.log(`search index ${name}: ${docs.length} documents, ${(json.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`)
}
