/**
 * Export-wide check after the post-export step (also run by tests/nginx/export.spec.ts): no
 * page ships a framework script, preload or RSC payload; no RSC `.txt` or runtime `.js` file is
 * left; every script, module preload and stylesheet a page names exists. Returns problems as
 * `file: what` lines (empty = good).
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse, type DefaultTreeAdapterMap } from 'parse5'
import { isRscPayloadFile, listFiles, siteUrlOf } from './files'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value

/** Problems in one page's HTML; `exists(url)` says whether a local URL is a file in the export. */
export function pageProblems(html: string, file: string, exists: (url: string) => boolean): string[] {
  const problems: string[] = []
  if (html.includes('__next_f')) problems.push(`${file}: contains the RSC payload marker __next_f`)
  const checkLocal = (what: string, url: string | undefined) => {
    if (!url) return
    if (url.startsWith('/_next/') && /\.m?js(?:[?#]|$)/.test(url)) problems.push(`${file}: ${what} ${url} is Next.js runtime`)
    if (url.startsWith('/') && !url.startsWith('//') && !exists(url.split(/[?#]/)[0] as string)) problems.push(`${file}: ${what} ${url} does not exist in the export`)
    if (/^(https?:)?\/\//.test(url)) problems.push(`${file}: ${what} ${url} is on another origin`)
  }
  const visit = (node: Node) => {
    if ('tagName' in node) {
      if (node.tagName === 'script') {
        const src = attr(node, 'src')
        const type = attr(node, 'type')?.trim().toLowerCase()
        if (src !== undefined) checkLocal('<script src>', src)
        else if (type !== 'application/ld+json') problems.push(`${file}: inline <script${type ? ` type="${type}"` : ''}>`)
      }
      if (node.tagName === 'link') {
        const rel = (attr(node, 'rel') ?? '').toLowerCase().split(/\s+/)
        if (rel.includes('modulepreload') || rel.includes('preload') || rel.includes('stylesheet')) checkLocal(`<link rel="${rel.join(' ')}">`, attr(node, 'href'))
      }
      if (node.tagName === 'template') problems.push(`${file}: <template> element`)
    }
    if ('childNodes' in node) for (const c of node.childNodes) visit(c)
  }
  visit(parse(html))
  return problems
}

/** Every problem in the export at `outDir`. */
export function verifyExport(outDir: string): string[] {
  const files = listFiles(outDir)
  const urls = new Set(files.map((f) => siteUrlOf(outDir, f)))
  const exists = (url: string) => urls.has(url)
  const problems: string[] = []
  for (const f of files) {
    const url = siteUrlOf(outDir, f)
    if (isRscPayloadFile(f)) problems.push(`${url}: RSC payload file`)
    if (url.startsWith('/_next/') && /\.m?js$/.test(url)) problems.push(`${url}: Next.js runtime script left in the export`)
    if (url.endsWith('.html')) problems.push(...pageProblems(fs.readFileSync(f, 'utf8'), url, exists))
  }
  if (!files.some((f) => f === path.join(outDir, 'index.html'))) problems.push('/index.html: missing')
  return problems
}
