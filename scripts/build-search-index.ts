/** Writes public/search-index.json from the validated content (runs before `next build`). */
import fs from 'node:fs'
import path from 'node:path'
import { readContent } from '../lib/content/load'
import { buildIndex } from '../lib/search/match'
import { searchDocuments } from '../lib/search/documents'

const content = readContent()
const docs = searchDocuments(content)
const json = JSON.stringify(buildIndex(docs))
const out = path.join(process.cwd(), 'public', 'search-index.json')
fs.mkdirSync(path.dirname(out), { recursive: true })
fs.writeFileSync(out, json)
console.log(`search index: ${docs.length} documents, ${(json.length / 1024).toFixed(1)} KB → ${path.relative(process.cwd(), out)}`)
