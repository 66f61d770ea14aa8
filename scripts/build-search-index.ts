/**
 * Writes each language's search indexes from the validated content (runs before `next build`):
 * public/search/{faq,site}.json for the default language, public/<prefix>/search/… for the others
 * (e.g. public/fr/search/faq.json). The pages name their index URL in the HTML (data-index).
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { getContent, readLocales } from '../lib/content'
import { indexJson } from '../lib/search/match'
import { localeSearch } from '../lib/search/documents'
import { searchIndexPath } from '../lib/search/paths'

const english = getContent(readLocales()[0]!.code)

for (const locale of readLocales()) {
  const { langs, sets } = localeSearch(locale, getContent(locale.code), english)
  for (const name of ['faq', 'site'] as const) {
    const docs = sets[name]
    const file = path.join(process.cwd(), 'public', searchIndexPath(locale, name))
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const json = indexJson(docs, langs[name])
    fs.writeFileSync(file, json)
    const gz = zlib.gzipSync(json, { level: 9 }).length
    console.log(`search index ${locale.code} ${name}: ${docs.length} documents, ${(json.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`)
  }
}
