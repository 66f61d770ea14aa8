/**
 * File-level work on the export: list files, delete the React Server Components payload files
 * and runtime JavaScript no page uses any more, precompress text files.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

/** Every file under `dir` (absolute paths), sorted. */
export function listFiles(dir: string): string[] {
  const found: string[] = []
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) found.push(full)
    }
  }
  walk(dir)
  return found.sort()
}

/** `out/faq/index.html` → `/faq/index.html`. */
export const siteUrlOf = (outDir: string, file: string) => `/${path.relative(outDir, file).split(path.sep).join('/')}`

/**
 * RSC payload files Next writes next to each page for client-side navigation: `index.txt`
 * (the page's full payload) and `__next.<segments>.txt` (per-segment payloads and the route
 * tree). Only files next to an exported `index.html` count, so a real `public/…/index.txt` in a
 * folder without a page would survive.
 */
export function isRscPayloadFile(file: string): boolean {
  const base = path.basename(file)
  const isPayloadName = base === 'index.txt' || /^__next\..+\.txt$/.test(base)
  return isPayloadName && fs.existsSync(path.join(path.dirname(file), 'index.html'))
}

/** Local URLs (`/…`) referenced from HTML attributes and CSS `url(…)`, without query or hash. */
export function referencedUrls(text: string): Set<string> {
  const urls = new Set<string>()
  const add = (u: string) => {
    if (u.startsWith('/') && !u.startsWith('//')) urls.add(u.split(/[?#]/)[0] as string)
  }
  for (const m of text.matchAll(/\s(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) add((m[1] ?? m[2]) as string)
  for (const m of text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]+))\s*\)/g)) add((m[1] ?? m[2] ?? m[3]) as string)
  return urls
}

/** Deletes empty folders under (not including) `dir`. */
export function removeEmptyDirs(dir: string) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue
    const full = path.join(dir, entry.name)
    removeEmptyDirs(full)
    if (!fs.readdirSync(full).length) fs.rmdirSync(full)
  }
}

/** Extensions of text files that get `.gz` and `.br` copies. */
export const PRECOMPRESS_EXTENSIONS = ['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.webmanifest', '.map']

export interface CompressedSizes {
  files: number
  raw: number
  gzip: number
  brotli: number
}

/**
 * Writes `<file>.gz` (gzip, zlib level 9) and `<file>.br` (brotli, quality 11, text mode)
 * next to every text file. nginx serves them with gzip_static / brotli_static; hosts that
 * compress by themselves ignore them.
 */
export function precompress(files: readonly string[]): CompressedSizes {
  const sizes: CompressedSizes = { files: 0, raw: 0, gzip: 0, brotli: 0 }
  for (const file of files) {
    if (!PRECOMPRESS_EXTENSIONS.includes(path.extname(file).toLowerCase())) continue
    const data = fs.readFileSync(file)
    const gz = zlib.gzipSync(data, { level: 9 })
    const br = zlib.brotliCompressSync(data, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    })
    fs.writeFileSync(`${file}.gz`, gz)
    fs.writeFileSync(`${file}.br`, br)
    sizes.files++
    sizes.raw += data.length
    sizes.gzip += gz.length
    sizes.brotli += br.length
  }
  return sizes
}
