/** Shared helpers for the nginx suite: the exported site on disk and what to expect from it. */
import fs from 'node:fs'
import path from 'node:path'
import { pagePolicy, scanHtml } from '@/deploy/csp'
import { htmlFileFor } from '@/scripts/bench/page-assets'

export const OUT = path.resolve(process.cwd(), 'out')

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

/** The CSP nginx must send for a page: computed from the exported HTML (no upgrade on http). */
export function expectedCsp(urlPath: string): string {
  const file = htmlFileFor(OUT, urlPath)
  if (!fs.existsSync(file)) throw new Error(`${urlPath} is listed in sitemap.xml but ${path.relative(process.cwd(), file)} was not exported`)
  return pagePolicy(scanHtml(fs.readFileSync(file, 'utf8'))).policy
}

/** One hashed JS file the home page loads (for the asset caching checks). */
export function someHashedScript(): string {
  const html = fs.readFileSync(path.join(OUT, 'index.html'), 'utf8')
  const src = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1]
  if (!src) throw new Error('out/index.html loads no /_next/static/ script')
  return src
}
