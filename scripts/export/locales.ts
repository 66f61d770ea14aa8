/**
 * Next.js writes every language under out/<code>/ (all pages sit under app/[locale]/, so each page exists
 * once in the code). The default language lives at /, so its tree moves up to out/. Each language's
 * designed not-found page (app/[locale]/page-not-found) becomes out/<prefix>/404.html for the server.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Locale } from '../../lib/content/locales'

/** Moves `from` into `to`, merging folders; files in `from` win. */
function moveInto(from: string, to: string): number {
  let n = 0
  fs.mkdirSync(to, { recursive: true })
  for (const name of fs.readdirSync(from)) {
    const a = path.join(from, name)
    const b = path.join(to, name)
    if (fs.statSync(a).isDirectory()) n += moveInto(a, b)
    else {
      fs.renameSync(a, b)
      n++
    }
  }
  fs.rmSync(from, { recursive: true, force: true })
  return n
}

export interface LocaleLayout {
  hoisted: number
  notFoundPages: string[]
}

export function placeLocales(outDir: string, locales: readonly Locale[]): LocaleLayout {
  const def = locales.find((l) => l.default)
  let hoisted = 0
  if (def) {
    const tree = path.join(outDir, def.code)
    if (fs.existsSync(tree)) hoisted = moveInto(tree, outDir)
  }
  // Next's own not-found page (the app has one per language instead): never served.
  for (const stray of ['404', '_not-found']) fs.rmSync(path.join(outDir, stray), { recursive: true, force: true })
  fs.rmSync(path.join(outDir, '_not-found.html'), { force: true })
  const notFoundPages: string[] = []
  for (const l of locales) {
    const base = path.join(outDir, ...l.prefix.split('/').filter(Boolean))
    const page = path.join(base, 'page-not-found')
    const html = path.join(page, 'index.html')
    if (!fs.existsSync(html)) continue
    fs.renameSync(html, path.join(base, '404.html'))
    fs.rmSync(page, { recursive: true, force: true })
    notFoundPages.push(path.relative(outDir, path.join(base, '404.html')))
  }
  return { hoisted, notFoundPages }
}
