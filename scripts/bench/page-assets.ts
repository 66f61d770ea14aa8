/**
 * Byte weight of an exported page: its HTML, the CSS and JS files it references, and how much
 * of that JS is our own code rather than the React / Next.js runtime.
 *
 * Own-code attribution: Turbopack chunks are `TURBOPACK.push([script, id, factory, id, factory…])`.
 * Next's client-reference manifests (.next/server/app/**\/page_client-reference-manifest.js) name
 * the client components each page uses, with their module ids. A module counts as ours when it is
 * reachable (through `e.i(id)`-style imports) from one of our client components (a `[project]/`
 * path outside node_modules) and not from the framework (Next's own client components or
 * anything in build-manifest `rootMainFiles`). Scripts outside /_next/ that are not Turbopack
 * chunks (esbuild islands in /_islands/ once the runtime is stripped after export) count whole as
 * ours. Without .next/ the split is reported only when no script comes from /_next/.
 *
 * Sizes: raw bytes and `gzip -9` bytes per file (gzip of the concatenated own modules for
 * "own"), so figures are stable across servers. Used by scripts/bench and tests/nginx/budgets.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import ts from 'typescript'
import { scanHtml } from '../../deploy/csp'

export interface Sized {
  raw: number
  gzip: number
}

export interface PageAssets {
  /** URL path, e.g. `/faq/`. */
  path: string
  html: Sized
  /** Executable inline scripts inside the HTML (mostly Next's RSC payload), raw bytes. */
  inlineScriptBytes: number
  css: Sized & { files: string[] }
  /** Every script the page loads on a modern browser (not the nomodule polyfill). */
  js: Sized & { files: string[] }
  /** Our own modules inside those scripts; undefined without .next/ manifests. */
  jsOwn?: Sized & { components: string[]; modules: number }
  /** The rest: React, Next.js runtime, Turbopack runtime (total minus own). */
  jsFramework?: Sized
  fonts: { raw: number; files: string[] }
}

export const gzipSize = (buf: Buffer | string) => zlib.gzipSync(buf, { level: 9 }).length
const sized = (buf: Buffer | string): Sized => ({ raw: Buffer.byteLength(buf), gzip: gzipSize(buf) })

/** The exported file for a URL path: `/faq/` → out/faq/index.html. */
export function htmlFileFor(outDir: string, urlPath: string): string {
  const rel = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath
  return path.join(outDir, ...rel.split('/').filter(Boolean))
}

interface Tag {
  name: string
  attrs: Record<string, string>
}

/** Start tags of the given names (attribute values as written; names lowercased). */
export function startTags(html: string, names: readonly string[]): Tag[] {
  const tags: Tag[] = []
  const re = new RegExp(`<(${names.join('|')})(\\s[^>]*)?>`, 'gi')
  for (const m of html.matchAll(re)) {
    const attrs: Record<string, string> = {}
    for (const a of (m[2] ?? '').matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[(a[1] as string).toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? ''
    }
    tags.push({ name: (m[1] as string).toLowerCase(), attrs })
  }
  return tags
}

/** Same-site asset URLs a page references: scripts (not nomodule), stylesheets, preloads. */
export function referencedAssets(html: string): { js: string[]; css: string[]; fonts: string[] } {
  const js = new Set<string>()
  const css = new Set<string>()
  const fonts = new Set<string>()
  const local = (u: string | undefined) => (u && u.startsWith('/') && !u.startsWith('//') ? u.split(/[?#]/)[0] : undefined)
  for (const t of startTags(html, ['script', 'link'])) {
    if (t.name === 'script') {
      const src = local(t.attrs.src)
      if (src && !('nomodule' in t.attrs)) js.add(src)
      continue
    }
    const rel = (t.attrs.rel ?? '').toLowerCase().split(/\s+/)
    const href = local(t.attrs.href)
    if (!href) continue
    if (rel.includes('stylesheet')) css.add(href)
    else if (rel.includes('modulepreload') || (rel.includes('preload') && t.attrs.as === 'script')) js.add(href)
    else if (rel.includes('preload') && t.attrs.as === 'style') css.add(href)
    else if (rel.includes('preload') && t.attrs.as === 'font') fonts.add(href)
  }
  return { js: [...js], css: [...css], fonts: [...fonts] }
}

interface Module {
  id: number
  text: string
  deps: number[]
}

/** Modules of a Turbopack chunk, or undefined when the file is not one (e.g. the runtime). */
export function turbopackModules(source: string): Module[] | undefined {
  const sf = ts.createSourceFile('chunk.js', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS)
  let list: ts.ArrayLiteralExpression | undefined
  const first = sf.statements[0]
  if (first && ts.isExpressionStatement(first) && ts.isCallExpression(first.expression)) {
    const call = first.expression
    if (ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'push') {
      const arg = call.arguments[0]
      if (arg && ts.isArrayLiteralExpression(arg)) list = arg
    }
  }
  if (!list) return undefined
  // Elements after the first: one or more module ids, then the factory they share.
  const modules: Module[] = []
  let ids: number[] = []
  for (const el of list.elements.slice(1)) {
    if (ts.isNumericLiteral(el)) {
      ids.push(Number(el.text))
      continue
    }
    if (!ids.length) continue
    let param: string | undefined
    if ((ts.isArrowFunction(el) || ts.isFunctionExpression(el)) && el.parameters[0] && ts.isIdentifier(el.parameters[0].name)) {
      param = el.parameters[0].name.text
    }
    const deps: number[] = []
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        ts.isIdentifier(node.expression.expression) &&
        (param === undefined || node.expression.expression.text === param) &&
        node.arguments[0] &&
        ts.isNumericLiteral(node.arguments[0])
      ) {
        deps.push(Number(node.arguments[0].text))
      }
      ts.forEachChild(node, visit)
    }
    visit(el)
    const text = source.slice(el.getStart(sf), el.end)
    // The factory's bytes count once (first id); the other ids point at it.
    ids.forEach((id, k) => modules.push({ id, text: k === 0 ? text : '', deps: k === 0 ? deps : [...deps, ids[0] as number] }))
    ids = []
  }
  return modules
}

interface ClientModule {
  name: string
  id: number
}

/** Client components named in every client-reference manifest of the build. */
export function clientReferences(nextDir: string): ClientModule[] {
  const found = new Map<number, string>()
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name)
      if (e.isDirectory()) walk(full)
      else if (e.name.endsWith('_client-reference-manifest.js')) {
        const text = fs.readFileSync(full, 'utf8')
        const start = text.indexOf('= {', text.indexOf('__RSC_MANIFEST['))
        if (start === -1) continue
        const json = text.slice(start + 2).trim().replace(/;\s*$/, '')
        try {
          const manifest = JSON.parse(json) as { clientModules?: Record<string, { id: number | string }> }
          for (const [name, m] of Object.entries(manifest.clientModules ?? {})) found.set(Number(m.id), name)
        } catch {
          /* a manifest this code does not understand: skip it */
        }
      }
    }
  }
  walk(path.join(nextDir, 'server', 'app'))
  return [...found].map(([id, name]) => ({ id, name }))
}

/** True for our own source (not node_modules), e.g. `[project]/components/theme/…`. */
export const isOwnModule = (name: string) => name.startsWith('[project]/') && !name.includes('/node_modules/')

export class SiteAssets {
  private readonly chunkCache = new Map<string, Module[] | undefined>()
  private readonly fileCache = new Map<string, Sized>()
  private readonly refs: ClientModule[]
  private readonly frameworkFiles: Set<string>
  readonly hasManifests: boolean

  constructor(
    readonly outDir: string,
    readonly nextDir: string = path.join(path.dirname(outDir), '.next'),
  ) {
    this.refs = clientReferences(nextDir)
    const manifestFile = path.join(nextDir, 'build-manifest.json')
    const manifest = fs.existsSync(manifestFile)
      ? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { rootMainFiles?: string[]; polyfillFiles?: string[] })
      : {}
    this.frameworkFiles = new Set([...(manifest.rootMainFiles ?? []), ...(manifest.polyfillFiles ?? [])].map((f) => `/_next/${f}`))
    this.hasManifests = this.refs.length > 0 && this.frameworkFiles.size > 0
  }

  /** Raw and gzip size of a file under out/ by URL (0 when missing). */
  file(url: string): Sized {
    const hit = this.fileCache.get(url)
    if (hit) return hit
    const full = path.join(this.outDir, ...url.split('/').filter(Boolean))
    const s = fs.existsSync(full) ? sized(fs.readFileSync(full)) : { raw: 0, gzip: 0 }
    this.fileCache.set(url, s)
    return s
  }

  private modules(url: string): Module[] | undefined {
    if (!this.chunkCache.has(url)) {
      const full = path.join(this.outDir, ...url.split('/').filter(Boolean))
      this.chunkCache.set(url, fs.existsSync(full) ? turbopackModules(fs.readFileSync(full, 'utf8')) : undefined)
    }
    return this.chunkCache.get(url)
  }

  /** Weight of one exported page, or undefined when it was not exported. */
  page(urlPath: string): PageAssets | undefined {
    const file = htmlFileFor(this.outDir, urlPath)
    if (!fs.existsSync(file)) return undefined
    const html = fs.readFileSync(file, 'utf8')
    const refs = referencedAssets(html)
    const sum = (urls: string[]) => urls.map((u) => this.file(u)).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 })
    const js = sum(refs.js)
    const result: PageAssets = {
      path: urlPath,
      html: sized(html),
      inlineScriptBytes: scanHtml(html).scripts.reduce((n, s) => n + Buffer.byteLength(s), 0),
      css: { ...sum(refs.css), files: refs.css },
      js: { ...js, files: refs.js },
      fonts: { raw: sum(refs.fonts).raw, files: refs.fonts },
    }
    // Without Next's manifests, or when no script is a Next chunk (runtime stripped after export),
    // every script is ours.
    if (!this.hasManifests || !refs.js.some((u) => u.startsWith('/_next/'))) {
      if (refs.js.length && refs.js.every((u) => !u.startsWith('/_next/'))) {
        result.jsOwn = { ...js, components: refs.js.map((u) => u.replace(/^\//, '')).sort(), modules: refs.js.length }
        result.jsFramework = { raw: 0, gzip: 0 }
      } else if (!refs.js.length) {
        result.jsOwn = { raw: 0, gzip: 0, components: [], modules: 0 }
        result.jsFramework = { raw: 0, gzip: 0 }
      }
      return result
    }

    const byId = new Map<number, Module>()
    const frameworkSeeds: number[] = []
    for (const url of refs.js) {
      const mods = this.modules(url) ?? []
      for (const m of mods) {
        if (!byId.has(m.id)) byId.set(m.id, m)
        if (this.frameworkFiles.has(url)) frameworkSeeds.push(m.id)
      }
    }
    const reach = (seeds: number[]) => {
      const seen = new Set<number>()
      const stack = seeds.filter((id) => byId.has(id))
      while (stack.length) {
        const id = stack.pop() as number
        if (seen.has(id)) continue
        seen.add(id)
        for (const d of byId.get(id)?.deps ?? []) if (byId.has(d) && !seen.has(d)) stack.push(d)
      }
      return seen
    }
    const ownRoots = this.refs.filter((r) => isOwnModule(r.name) && byId.has(r.id))
    const framework = reach([...frameworkSeeds, ...this.refs.filter((r) => !isOwnModule(r.name)).map((r) => r.id)])
    const own = [...reach(ownRoots.map((r) => r.id))].filter((id) => !framework.has(id))
    const ownText = own.map((id) => byId.get(id)?.text ?? '').join('\n')
    const ownChunks = own.length ? sized(ownText) : { raw: 0, gzip: 0 }
    // Scripts outside /_next/ that are not Turbopack chunks (e.g. esbuild islands in /_islands/)
    // are entirely our own code: count each whole file.
    const ownFiles = refs.js.filter((u) => !u.startsWith('/_next/') && !this.frameworkFiles.has(u) && !this.modules(u))
    const ownSize = { raw: ownChunks.raw + sum(ownFiles).raw, gzip: ownChunks.gzip + sum(ownFiles).gzip }
    result.jsOwn = {
      ...ownSize,
      components: [...ownRoots.map((r) => r.name.replace('[project]/', '')), ...ownFiles.map((u) => u.replace(/^\//, ''))].sort(),
      modules: own.length + ownFiles.length,
    }
    result.jsFramework = { raw: js.raw - ownSize.raw, gzip: js.gzip - ownSize.gzip }
    return result
  }
}
