/** A cold `npm run build` of a project copy: wall time, peak memory, output size and samples. */
import fs from 'node:fs'
import path from 'node:path'
import { log } from './log'
import { gzipSize, type Sized } from './page-assets'
import { measure, nextPhases } from './proc'
import type { BuildResult } from './types'

function dirStats(dir: string): { files: number; bytes: number; html: number } {
  let files = 0
  let bytes = 0
  let html = 0
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name)
      if (e.isDirectory()) walk(full)
      else {
        files++
        bytes += fs.statSync(full).size
        if (e.name.endsWith('.html')) html++
      }
    }
  }
  if (fs.existsSync(dir)) walk(dir)
  return { files, bytes, html }
}

function searchIndexSizes(projectDir: string): Record<string, Sized> {
  const out: Record<string, Sized> = {}
  const dir = path.join(projectDir, 'public', 'search')
  if (!fs.existsSync(dir)) return out
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const buf = fs.readFileSync(path.join(dir, f))
    out[f] = { raw: buf.length, gzip: gzipSize(buf) }
  }
  return out
}

function samplePages(projectDir: string, paths: string[]): Record<string, Sized> {
  const out: Record<string, Sized> = {}
  for (const p of paths) {
    const file = path.join(projectDir, 'out', ...p.split('/').filter(Boolean), 'index.html')
    if (!fs.existsSync(file)) continue
    const buf = fs.readFileSync(file)
    out[p] = { raw: buf.length, gzip: gzipSize(buf) }
  }
  return out
}

export async function build(projectDir: string, label: string, samples: string[] = []): Promise<BuildResult> {
  log(`building ${label} (${projectDir})`)
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  const m = await measure('npm', ['run', 'build'], { cwd: projectDir, env })
  const stats = dirStats(path.join(projectDir, 'out'))
  const articles = fs.readdirSync(path.join(projectDir, 'content', 'articles')).filter((f) => f.endsWith('.mdx')).length
  const result: BuildResult = {
    ok: m.exitCode === 0,
    wallS: Math.round(m.wallMs / 100) / 10,
    maxProcessRssMb: m.maxProcessRssMb,
    peakTreeRssMb: m.peakTreeRssMb,
    phasesS: nextPhases(m.output),
    htmlPages: stats.html,
    outFiles: stats.files,
    outMb: Math.round(stats.bytes / 1024 / 102.4) / 10,
    articles,
    searchIndex: searchIndexSizes(projectDir),
    samplePages: samplePages(projectDir, samples),
  }
  if (!result.ok) result.error = m.output.split('\n').slice(-40).join('\n')
  log(`${label}: ${result.ok ? 'ok' : 'FAILED'} in ${result.wallS} s, peak tree RSS ${result.peakTreeRssMb} MB, largest process ${result.maxProcessRssMb ?? '?'} MB`)
  return result
}
