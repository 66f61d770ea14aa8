/**
 * A scriptless copy of an export: the same files, with every `<script>` removed from every HTML
 * page except JSON-LD data blocks, and every script preload (`modulepreload`, `preload as=script`)
 * removed. The benchmark serves it next to the real export to see what the scripts cost.
 *
 * Precompressed siblings (`page.html.gz`, `page.html.br`, served by nginx's gzip_static /
 * brotli_static) are rewritten from the stripped HTML, so both copies are served the same way.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const attr = (attrs: string, name: string): string | undefined => {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs)
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined
}

/** HTML without scripts (JSON-LD kept) and without script preloads; counts what went. */
export function stripScripts(html: string): { html: string; scripts: number; preloads: number } {
  let scripts = 0
  let preloads = 0
  let out = html.replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (whole, attrs: string) => {
    if ((attr(attrs, 'type') ?? '').trim().toLowerCase() === 'application/ld+json') return whole
    scripts++
    return ''
  })
  out = out.replace(/<link\b([^>]*)>/gi, (whole, attrs: string) => {
    const rel = (attr(attrs, 'rel') ?? '').toLowerCase().split(/\s+/)
    const as = (attr(attrs, 'as') ?? '').toLowerCase()
    if (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script')) {
      preloads++
      return ''
    }
    return whole
  })
  return { html: out, scripts, preloads }
}

export interface ScriptlessCopy {
  dir: string
  pages: number
  scriptsRemoved: number
  preloadsRemoved: number
  precompressedRewritten: number
}

function htmlFiles(dir: string): string[] {
  const found: string[] = []
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name)
      if (e.isDirectory()) walk(full)
      else if (e.name.endsWith('.html')) found.push(full)
    }
  }
  walk(dir)
  return found
}

/** Copies `srcOut` to `dest` (replacing it) and strips the scripts from every HTML file. */
export function makeScriptlessCopy(srcOut: string, dest: string): ScriptlessCopy {
  fs.rmSync(dest, { recursive: true, force: true })
  fs.cpSync(srcOut, dest, { recursive: true })
  const result: ScriptlessCopy = { dir: dest, pages: 0, scriptsRemoved: 0, preloadsRemoved: 0, precompressedRewritten: 0 }
  for (const file of htmlFiles(dest)) {
    const stripped = stripScripts(fs.readFileSync(file, 'utf8'))
    result.pages++
    result.scriptsRemoved += stripped.scripts
    result.preloadsRemoved += stripped.preloads
    if (!stripped.scripts && !stripped.preloads) continue
    fs.writeFileSync(file, stripped.html)
    if (fs.existsSync(`${file}.gz`)) {
      fs.writeFileSync(`${file}.gz`, zlib.gzipSync(stripped.html, { level: 9 }))
      result.precompressedRewritten++
    }
    if (fs.existsSync(`${file}.br`)) {
      fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(stripped.html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }))
      result.precompressedRewritten++
    }
  }
  return result
}
