/**
 * Islands: bundles every `islands/<name>.ts` with esbuild into the export and says which
 * `<script>` tags a page needs (see ISLANDS-CONTRACT.md).
 *  - `theme-init.ts`: a classic script (IIFE), loaded render-blocking in `<head>` on every page,
 *    so the saved theme applies before first paint.
 *  - every other `<name>.ts`: an ES module, loaded with `<script type="module">` only on pages
 *    whose HTML contains `data-island="<name>"`; its static imports get `<link rel="modulepreload">`
 *    so the browser fetches them in parallel. Shared code is split into chunks; dynamic `import()`
 *    becomes a chunk loaded on first use.
 * File names carry a content hash (`<name>-<hash>.js`), so they are cached as immutable.
 */
import fs from 'node:fs'
import path from 'node:path'
import { build as esbuild, type BuildOptions, type Metafile } from 'esbuild'
import { ExportError } from './export-error'

/** The island that sets the theme before first paint (classic script on every page). */
export const THEME_INIT = 'theme-init'
/** Where the bundles go inside the export, and their URL prefix. */
export const ISLANDS_DIR = '_islands'
/**
 * Browsers that run ES modules with dynamic import (about Vite's default build target; Safari
 * 14.1 rather than 14.0, which esbuild cannot target for destructuring). Older browsers get the
 * plain HTML, which works without JavaScript.
 */
export const BROWSER_TARGET = ['es2020', 'chrome87', 'edge88', 'firefox78', 'safari14.1', 'ios14.5']
/** Packages an island must never bundle: the point is no framework runtime in the browser. */
const FORBIDDEN_PACKAGES = /(?:^|\/)node_modules\/(?:react|react-dom|next|scheduler)\//

export interface IslandEntry {
  /** URL of the entry module, e.g. `/_islands/faq-search-AB12CD34.js`. */
  src: string
  /** URLs of the chunks it imports statically (modulepreload). */
  preload: string[]
}

export interface IslandBundle {
  /** URL of the theme-init classic script, or undefined when islands/theme-init.ts is missing. */
  themeInit?: string
  /** Module islands by name. */
  modules: Record<string, IslandEntry>
  /** Every file written, relative to the export root (e.g. `_islands/chunk-XY.js`). */
  files: string[]
}

export interface BundleOptions {
  /** Folder with the island modules (`islands/`). */
  islandsDir: string
  /** The export root (`out/`). */
  outDir: string
  /** tsconfig.json for path aliases (`@/lib/…`). */
  tsconfig?: string
}

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** esbuild with its errors turned into one ExportError naming the file and line. */
async function build(options: BuildOptions & { metafile: true }) {
  try {
    return await esbuild(options)
  } catch (err) {
    const first = (err as { errors?: { text: string; location?: { file: string; line: number; column: number } | null }[] }).errors?.[0]
    if (!first) throw err
    const where = first.location ? `${first.location.file}:${first.location.line}:${first.location.column}` : 'islands'
    throw new ExportError(where, 'island bundle (esbuild)', first.text)
  }
}

/** Island names in a folder: every `<name>.ts` directly inside (not `.d.ts`, not tests). */
export function islandNames(islandsDir: string): string[] {
  if (!fs.existsSync(islandsDir)) return []
  const names: string[] = []
  for (const entry of fs.readdirSync(islandsDir, { withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || /\.(d|test|spec)\.ts$/.test(entry.name)) continue
    const name = entry.name.slice(0, -3)
    if (!NAME.test(name)) throw new ExportError(path.join(islandsDir, entry.name), 'island module', 'name must be lowercase letters, digits and dashes')
    names.push(name)
  }
  return names.sort()
}

const toUrl = (outDir: string, file: string) => `/${path.relative(outDir, file).split(path.sep).join('/')}`

function checkInputs(metafile: Metafile, islandsDir: string) {
  for (const input of Object.keys(metafile.inputs)) {
    if (FORBIDDEN_PACKAGES.test(input)) {
      throw new ExportError(islandsDir, input, 'an island imports React / Next.js; islands are plain TypeScript (no framework in the browser)')
    }
  }
}

/** Bundles the islands into `<outDir>/_islands/`. Deletes that folder first. */
export async function bundleIslands(opts: BundleOptions): Promise<IslandBundle> {
  const names = islandNames(opts.islandsDir)
  const outdir = path.join(opts.outDir, ISLANDS_DIR)
  fs.rmSync(outdir, { recursive: true, force: true })
  const result: IslandBundle = { modules: {}, files: [] }
  if (!names.length) return result
  const common = {
    bundle: true,
    minify: true,
    target: BROWSER_TARGET,
    outdir,
    write: true,
    metafile: true as const,
    logLevel: 'silent' as const,
    legalComments: 'eof' as const,
    charset: 'utf8' as const,
    define: { 'process.env.NODE_ENV': '"production"' },
    ...(opts.tsconfig ? { tsconfig: opts.tsconfig } : {}),
  }

  if (names.includes(THEME_INIT)) {
    const r = await build({
      ...common,
      entryPoints: { [THEME_INIT]: path.join(opts.islandsDir, `${THEME_INIT}.ts`) },
      format: 'iife',
      entryNames: '[name]-[hash]',
    })
    checkInputs(r.metafile, opts.islandsDir)
    for (const out of Object.keys(r.metafile.outputs)) {
      result.files.push(path.relative(opts.outDir, path.resolve(out)))
      result.themeInit = toUrl(opts.outDir, path.resolve(out))
    }
  }

  const moduleNames = names.filter((n) => n !== THEME_INIT)
  if (moduleNames.length) {
    const r = await build({
      ...common,
      entryPoints: Object.fromEntries(moduleNames.map((n) => [n, path.join(opts.islandsDir, `${n}.ts`)])),
      format: 'esm',
      splitting: true,
      entryNames: '[name]-[hash]',
      chunkNames: 'chunk-[hash]',
    })
    checkInputs(r.metafile, opts.islandsDir)
    const outputs = r.metafile.outputs
    const staticImports = (out: string, seen = new Set<string>()): string[] => {
      for (const imp of outputs[out]?.imports ?? []) {
        if (imp.kind === 'import-statement' && !imp.external && !seen.has(imp.path)) {
          seen.add(imp.path)
          staticImports(imp.path, seen)
        }
      }
      return [...seen]
    }
    const entryFiles = new Map(moduleNames.map((n) => [path.resolve(opts.islandsDir, `${n}.ts`), n]))
    for (const [out, meta] of Object.entries(outputs)) {
      result.files.push(path.relative(opts.outDir, path.resolve(out)))
      // Outputs of dynamic import() targets have an entryPoint too; only islands/<name>.ts count.
      const name = meta.entryPoint ? entryFiles.get(path.resolve(meta.entryPoint)) : undefined
      if (!name) continue
      result.modules[name] = {
        src: toUrl(opts.outDir, path.resolve(out)),
        preload: staticImports(out).map((p) => toUrl(opts.outDir, path.resolve(p))),
      }
    }
  }
  result.files.sort()
  return result
}

/** The tags for `<head>`: the render-blocking theme script and the page's island modules. */
export function headTags(bundle: IslandBundle, pageIslands: readonly string[], file: string): { early: string; late: string } {
  const early = bundle.themeInit ? `<script src="${bundle.themeInit}"></script>` : ''
  const preload = new Set<string>()
  const modules: string[] = []
  for (const name of pageIslands) {
    if (name === THEME_INIT) throw new ExportError(file, `data-island="${THEME_INIT}"`, 'theme-init runs on every page by itself; remove the attribute')
    const entry = bundle.modules[name]
    if (!entry) {
      throw new ExportError(file, `data-island="${name}"`, `no island module islands/${name}.ts; add it or remove the attribute (the page would wait for a script that does not exist)`)
    }
    modules.push(`<script type="module" src="${entry.src}"></script>`)
    for (const p of entry.preload) preload.add(p)
  }
  const late = [...[...preload].sort().map((p) => `<link rel="modulepreload" href="${p}"/>`), ...modules].join('')
  return { early, late }
}
