import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'

/**
 * Link check over the whole export (files, no browser): every local href and src resolves to a
 * file in out/, and every #fragment exists on its target page.
 */
const OUT = path.join(process.cwd(), 'out')

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith('.html') ? [p] : []
  })
}

/** The file a site path is served from, as a static host maps it. */
function fileFor(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath)
  const candidates = clean.endsWith('/') ? [path.join(OUT, clean, 'index.html')] : [path.join(OUT, clean), path.join(OUT, `${clean}.html`), path.join(OUT, clean, 'index.html')]
  return candidates.find((c) => c.startsWith(OUT) && fs.existsSync(c) && fs.statSync(c).isFile())
}

const idCache = new Map<string, Set<string>>()
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file)
  if (!ids) {
    const html = fs.readFileSync(file, 'utf8').replace(/<script\b[\s\S]*?<\/script>/g, '')
    ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''))
    idCache.set(file, ids)
  }
  return ids
}

const decodeEntities = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"')

test('every local link and asset in the export resolves, and every #fragment exists', () => {
  const files = htmlFiles(OUT)
  expect(files.length).toBeGreaterThan(20)
  const broken: string[] = []
  let checked = 0
  for (const file of files) {
    const pagePath = `/${path.relative(OUT, file).split(path.sep).join('/')}`.replace(/index\.html$/, '')
    const html = fs.readFileSync(file, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (m) => (/\ssrc=/.test(m) ? m.replace(/>[\s\S]*$/, '>') : ''))
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = decodeEntities(m[1] ?? '')
      if (/^(https?:|mailto:|tel:|data:)/.test(raw)) continue
      checked++
      const url = new URL(raw, `http://site${pagePath}`)
      const target = url.pathname === pagePath && !raw.startsWith('/') ? file : fileFor(url.pathname)
      if (!target) {
        broken.push(`${pagePath}: ${raw} (no such file)`)
        continue
      }
      const frag = url.hash.slice(1)
      if (frag && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(frag))) broken.push(`${pagePath}: ${raw} (no #${frag})`)
    }
  }
  expect(checked).toBeGreaterThan(1000)
  expect(broken).toEqual([])
})
