/** Shared helpers for the nginx suite: the exported site on disk and what to expect from it. */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { sitePolicy } from '@/deploy/csp'

export const OUT = path.resolve(process.cwd(), 'out')

/** The exported file for a URL path: `/faq/` → out/faq/index.html, `/a.js?x` → out/a.js. */
export function fileFor(urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] as string)
  const rel = clean.endsWith('/') ? `${clean}index.html` : clean
  return path.join(OUT, ...rel.split('/').filter(Boolean))
}

/** URL paths of every page in out/sitemap.xml (absolute site URLs mapped to local paths). */
export function sitemapPaths(): string[] {
  const file = path.join(OUT, 'sitemap.xml')
  if (!fs.existsSync(file)) throw new Error('out/sitemap.xml not found: run `npm run build` first')
  const xml = fs.readFileSync(file, 'utf8')
  const paths = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => {
    const u = new URL((m[1] as string).replace(/&amp;/g, '&'))
    return `${u.pathname}${u.search}`
  })
  if (!paths.length) throw new Error('out/sitemap.xml lists no pages')
  return [...new Set(paths)]
}

/** The CSP nginx sends on every response over http (no upgrade-insecure-requests). */
export const expectedCsp = () => sitePolicy()

/** One content-hashed island script every page loads (theme-init), for the caching checks. */
export function someHashedScript(): string {
  const html = fs.readFileSync(path.join(OUT, 'index.html'), 'utf8')
  const src = /<script src="(\/_islands\/[^"]+\.js)"/.exec(html)?.[1]
  if (!src) throw new Error('out/index.html loads no /_islands/ script')
  return src
}

/** gzip -9 bytes of the exported file behind a local URL: its precompressed .gz copy. */
export function gzipBytes(urlPath: string): number {
  const file = fileFor(urlPath)
  if (fs.existsSync(`${file}.gz`)) return fs.statSync(`${file}.gz`).size
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length
}
