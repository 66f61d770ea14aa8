/**
 * `npm run bench`: builds a copy of the site, serves it with the production nginx config, and
 * writes bench/results.json + bench/results.md: page weight per page type, requests, Lighthouse
 * (mobile and desktop, median of 3), search payload and query latency, and build time / peak
 * memory for the real site and for a copy with 1,000 synthetic articles.
 *
 * Works in bench/tmp/ (git-ignored) so it never touches the working tree's .next/ or out/.
 * Environment: BENCH_RUNS (Lighthouse runs per page and preset, default 3), BENCH_SYNTHETIC
 * (synthetic article count, default 1000; 0 skips), BENCH_PORT (default 8095), BENCH_KEEP=1
 * keeps bench/tmp/ afterwards.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { loadIndex, search } from '../../lib/search/match'
import { countRequests, hydrationShift, launch, searchFetches, type HydrationShift, type LoadCount } from './browser'
import { median, percentile, runLighthouse, summarise, type LighthouseRun, type LighthouseSummary, type Preset } from './lighthouse'
import { gzipSize, SiteAssets, type PageAssets } from './page-assets'
import { measure, nextPhases } from './proc'
import { copyProject, writeSyntheticArticles } from './project'
import { renderMarkdown } from './report'
import { CHROMIUM_PATH } from '../chromium'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const TMP = path.join(ROOT, 'bench', 'tmp')
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const SYNTHETIC = Number(process.env.BENCH_SYNTHETIC ?? 1000)
const PORT = Number(process.env.BENCH_PORT ?? 8095)

export const PAGE_TYPES = [
  { type: 'home', path: '/' },
  { type: 'article', path: '/articles/what-is-mesotherapy/' },
  { type: 'faq', path: '/faq/' },
  { type: 'sources', path: '/sources/' },
  { type: 'estimator', path: '/tools/cost-estimator/' },
] as const

export interface BuildResult {
  ok: boolean
  wallS: number
  maxProcessRssMb?: number
  peakTreeRssMb: number
  phasesS: Record<string, number>
  htmlPages: number
  outFiles: number
  outMb: number
  articles: number
  searchIndex?: Record<string, { raw: number; gzip: number }>
  /** HTML of a few pages of this build (raw and gzip bytes). */
  samplePages?: Record<string, { raw: number; gzip: number }>
  error?: string
}

export interface PageResult {
  type: string
  path: string
  exported: boolean
  httpStatus?: number
  weight?: PageAssets
  requests?: LoadCount
  /** Layout before JavaScript vs after hydration, at Lighthouse's mobile and desktop sizes. */
  hydration?: Partial<Record<Preset, HydrationShift>>
  lighthouse?: Partial<Record<Preset, LighthouseSummary>>
  lighthouseError?: string
}

export interface Target {
  page: string
  preset?: Preset
  metric: string
  target: string
  actual: string
  pass: boolean
  /** How far off, in the metric's unit, when missed. */
  by?: string
  why?: string
}

export interface Results {
  generatedAt: string
  machine: Record<string, string | number>
  method: Record<string, string>
  build: { real: BuildResult; synthetic?: BuildResult }
  pages: PageResult[]
  search: {
    indexes: Record<string, { raw: number; gzip: number; documents: number; loadMs: number }>
    lazyJs: { files: string[]; raw: number; gzip: number }
    firstUseFetches: { url: string; type: string; encodedBytes: number }[]
    latency: Record<string, { queries: number; samples: number; medianMs: number; p95Ms: number; maxMs: number }>
  }
  targets: Target[]
}

const log = (msg: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`)

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

function searchIndexSizes(projectDir: string): Record<string, { raw: number; gzip: number }> {
  const out: Record<string, { raw: number; gzip: number }> = {}
  const dir = path.join(projectDir, 'public', 'search')
  if (!fs.existsSync(dir)) return out
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const buf = fs.readFileSync(path.join(dir, f))
    out[f] = { raw: buf.length, gzip: gzipSize(buf) }
  }
  return out
}

function samplePages(projectDir: string, paths: string[]): Record<string, { raw: number; gzip: number }> {
  const out: Record<string, { raw: number; gzip: number }> = {}
  for (const p of paths) {
    const file = path.join(projectDir, 'out', ...p.split('/').filter(Boolean), 'index.html')
    if (!fs.existsSync(file)) continue
    const buf = fs.readFileSync(file)
    out[p] = { raw: buf.length, gzip: gzipSize(buf) }
  }
  return out
}

async function build(projectDir: string, label: string, samples: string[] = []): Promise<BuildResult> {
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

async function startServer(projectDir: string): Promise<ChildProcess> {
  const child = spawn('node', [path.join(projectDir, 'scripts', 'preview-nginx.mjs')], { cwd: projectDir, env: { ...process.env, PORT: String(PORT) }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()))
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${PORT}/`)
      if (r.ok) return child
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) break
    await new Promise((r) => setTimeout(r, 200))
  }
  child.kill('SIGTERM')
  throw new Error(`nginx preview did not start on port ${PORT}:\n${output}`)
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGINT')
    setTimeout(() => {
      if (child.exitCode === null) child.kill('SIGKILL')
    }, 6000).unref()
  })
}

function searchLatency(projectDir: string, rounds = 20): Results['search']['latency'] {
  const queries = fs
    .readdirSync(path.join(ROOT, 'tests', 'fixtures'))
    .filter((f) => /^search-queries-.*\.json$/.test(f))
    .flatMap((f) => (JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', f), 'utf8')) as { query: string }[]).map((q) => q.query))
  const out: Results['search']['latency'] = {}
  for (const name of ['faq', 'site']) {
    const file = path.join(projectDir, 'public', 'search', `${name}.json`)
    if (!fs.existsSync(file)) continue
    const index = loadIndex(fs.readFileSync(file, 'utf8'))
    for (const q of queries) search(index, q) // warm up
    const samples: number[] = []
    for (let r = 0; r < rounds; r++) {
      for (const q of queries) {
        const t = performance.now()
        search(index, q)
        samples.push(performance.now() - t)
      }
    }
    const round3 = (x: number) => Math.round(x * 1000) / 1000
    out[name] = { queries: queries.length, samples: samples.length, medianMs: round3(median(samples)), p95Ms: round3(percentile(samples, 95)), maxMs: round3(Math.max(...samples)) }
  }
  return out
}

function indexInfo(projectDir: string): Results['search']['indexes'] {
  const out: Results['search']['indexes'] = {}
  for (const name of ['faq', 'site']) {
    const file = path.join(projectDir, 'public', 'search', `${name}.json`)
    if (!fs.existsSync(file)) continue
    const json = fs.readFileSync(file, 'utf8')
    const times: number[] = []
    let documents = 0
    for (let i = 0; i < 5; i++) {
      const t = performance.now()
      documents = loadIndex(json).documentCount
      times.push(performance.now() - t)
    }
    out[name] = { raw: Buffer.byteLength(json), gzip: gzipSize(json), documents, loadMs: Math.round(median(times) * 10) / 10 }
  }
  return out
}

const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`

/** Checks the issue's targets and explains each miss. */
export function checkTargets(pages: PageResult[]): Target[] {
  const targets: Target[] = []
  for (const p of pages) {
    if (!p.exported) {
      targets.push({ page: p.path, metric: 'page exists', target: 'HTTP 200', actual: `HTTP ${p.httpStatus ?? 404} (not exported)`, pass: false, why: 'the page was not in the build output when the benchmark ran' })
      continue
    }
    for (const preset of ['mobile', 'desktop'] as const) {
      const lh = p.lighthouse?.[preset]
      if (!lh) continue
      const d = lh.diagnostics
      const w = p.weight
      const perfWhy = [
        ...(lh.lost.performance ?? []).filter((l) => /metric score/.test(l)),
        d ? `main-thread work ${d.mainThreadMs} ms, JS boot-up ${d.jsBootupMs} ms, ${d.domElements} DOM elements` : '',
        w ? `HTML ${KB(w.html.gzip)} gzip (${KB(w.inlineScriptBytes)} of it raw is inline RSC payload), JS ${KB(w.js.gzip)} gzip` : '',
        d?.lcpElement ? `LCP element ${d.lcpElement}` : '',
        d?.layoutShifts.length ? `layout shift: ${d.layoutShifts.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ')
      const add = (metric: string, target: string, actual: number, pass: boolean, unit: string, by: number, why?: string) =>
        targets.push({ page: p.path, preset, metric, target, actual: `${actual}${unit}`, pass, ...(pass ? {} : { by: `${Math.round(by * 10000) / 10000}${unit}`, why }) })
      add('Lighthouse performance', '≥ 98', lh.performance, lh.performance >= 98, '', 98 - lh.performance, perfWhy)
      add('Lighthouse accessibility', '100', lh.accessibility, lh.accessibility >= 100, '', 100 - lh.accessibility, (lh.lost.accessibility ?? []).join('; '))
      add('Lighthouse best practices', '100', lh.bestPractices, lh.bestPractices >= 100, '', 100 - lh.bestPractices, (lh.lost['best-practices'] ?? []).join('; '))
      add('Lighthouse SEO', '100', lh.seo, lh.seo >= 100, '', 100 - lh.seo, (lh.lost.seo ?? []).join('; '))
      const h = p.hydration?.[preset]
      const grew = h && h.headerPx[1] !== h.headerPx[0] ? `; at ${h.viewport} the header is ${h.headerPx[0]} px high as served and ${h.headerPx[1]} px once React hydrates (content added by client components after hydration), moving <main> from ${h.mainTopPx[0]} to ${h.mainTopPx[1]} px` : ''
      add('CLS', '0', lh.cls, lh.cls < 0.0005, '', lh.cls, d?.layoutShifts.length ? `shifted: ${d.layoutShifts.join(', ')}${grew}` : undefined)
      add('TBT', '< 100 ms', lh.tbtMs, lh.tbtMs < 100, ' ms', lh.tbtMs - 99, d ? `main-thread work ${d.mainThreadMs} ms, JS boot-up ${d.jsBootupMs} ms (${w ? KB(w.js.gzip) : '?'} gzip of JS, of which ${w?.jsOwn ? KB(w.jsOwn.gzip) : '?'} our own; the rest React/Next runtime), hydrating ${d.domElements} DOM elements from ${w ? KB(w.inlineScriptBytes) : '?'} of inline RSC payload` : undefined)
    }
    if (p.type === 'article' && p.weight?.jsOwn) {
      const own = p.weight.jsOwn
      const budget = 10 * 1024
      targets.push({
        page: p.path,
        metric: 'own JS (gzip)',
        target: '≤ 10 KB',
        actual: KB(own.gzip),
        pass: own.gzip <= budget,
        ...(own.gzip <= budget ? {} : { by: KB(own.gzip - budget), why: `components: ${own.components.join(', ')}` }),
      })
    }
  }
  return targets
}

function versionOf(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' })
  return `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n')[0] ?? '?'
}

async function main() {
  fs.mkdirSync(TMP, { recursive: true })
  const started = Date.now()
  const machine: Results['machine'] = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '?',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    chromium: versionOf(CHROMIUM_PATH, ['--version']),
    nginx: versionOf('nginx', ['-v']),
    lighthouse: (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8')) as { version: string }).version,
    next: (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'next', 'package.json'), 'utf8')) as { version: string }).version,
    loadAverageAtStart: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  }

  // 1. The real site, built cold in a copy.
  const realDir = path.join(TMP, 'site')
  copyProject(ROOT, realDir)
  const real = await build(realDir, 'real site', ['/', '/articles/', '/articles/what-is-mesotherapy/'])
  if (!real.ok) {
    console.error(real.error)
    throw new Error('the real site did not build; nothing to measure (fix the build and run again)')
  }

  // 2. Serve it with the production nginx config and measure pages.
  const server = await startServer(realDir)
  const pages: PageResult[] = []
  const searchPart: Partial<Results['search']> = {}
  try {
    const assets = new SiteAssets(path.join(realDir, 'out'), path.join(realDir, '.next'))
    const browser = await launch()
    try {
      for (const pt of PAGE_TYPES) {
        const url = `http://127.0.0.1:${PORT}${pt.path}`
        const status = (await fetch(url)).status
        const weight = assets.page(pt.path)
        const result: PageResult = { type: pt.type, path: pt.path, exported: !!weight && status === 200, httpStatus: status }
        if (result.exported) {
          result.weight = weight
          result.requests = await countRequests(browser, url)
          result.hydration = { mobile: await hydrationShift(browser, url, 412, 823), desktop: await hydrationShift(browser, url, 1350, 940) }
        }
        pages.push(result)
        log(`${pt.path}: HTTP ${status}${weight ? `, HTML ${KB(weight.html.gzip)} gzip, JS ${KB(weight.js.gzip)} gzip (own ${weight.jsOwn ? KB(weight.jsOwn.gzip) : '?'})` : ''}`)
      }
      const fetches = await searchFetches(browser, `http://127.0.0.1:${PORT}/`)
      const js = fetches.filter((f) => f.type === 'script').map((f) => f.url)
      const sizes = js.map((u) => assets.file(u))
      searchPart.firstUseFetches = fetches
      searchPart.lazyJs = { files: js, raw: sizes.reduce((a, s) => a + s.raw, 0), gzip: sizes.reduce((a, s) => a + s.gzip, 0) }
    } finally {
      await browser.close()
    }

    // 3. Lighthouse, sequentially (2 cores: parallel runs would distort each other).
    const reports = path.join(TMP, 'lighthouse')
    fs.mkdirSync(reports, { recursive: true })
    for (const p of pages.filter((x) => x.exported)) {
      p.lighthouse = {}
      for (const preset of ['mobile', 'desktop'] as const) {
        const runs: LighthouseRun[] = []
        for (let i = 0; i < RUNS; i++) {
          const file = path.join(reports, `${p.type}-${preset}-${i + 1}.json`)
          // Lighthouse now and then fails to record a trace (NO_NAVSTART): retry such a run.
          for (let attempt = 1; attempt <= 3; attempt++) {
            try {
              runs.push(await runLighthouse(`http://127.0.0.1:${PORT}${p.path}`, preset, file, ROOT))
              break
            } catch (e) {
              p.lighthouseError = (e as Error).message.slice(0, 500)
              log(`lighthouse ${p.path} ${preset} run ${i + 1} attempt ${attempt} failed: ${p.lighthouseError.split('\n')[0]}`)
            }
          }
        }
        if (runs.length) {
          p.lighthouse[preset] = summarise(runs)
          const s = p.lighthouse[preset]
          log(`lighthouse ${p.path} ${preset}: perf ${s?.performance} a11y ${s?.accessibility} bp ${s?.bestPractices} seo ${s?.seo} LCP ${s?.lcpMs} ms TBT ${s?.tbtMs} ms CLS ${s?.cls}`)
        }
      }
    }
  } finally {
    await stopServer(server)
  }

  // 4. Search in Node.
  const search: Results['search'] = {
    indexes: indexInfo(realDir),
    lazyJs: searchPart.lazyJs ?? { files: [], raw: 0, gzip: 0 },
    firstUseFetches: searchPart.firstUseFetches ?? [],
    latency: searchLatency(realDir),
  }

  // 5. 1,000 synthetic articles.
  let synthetic: BuildResult | undefined
  if (SYNTHETIC > 0) {
    const synthDir = path.join(TMP, 'synthetic')
    copyProject(ROOT, synthDir)
    writeSyntheticArticles(synthDir, SYNTHETIC)
    synthetic = await build(synthDir, `${SYNTHETIC} synthetic articles`, ['/', '/articles/', '/articles/what-is-mesotherapy/', '/articles/synthetic-0001/', `/articles/synthetic-${String(SYNTHETIC).padStart(4, '0')}/`])
    if (!process.env.BENCH_KEEP) fs.rmSync(synthDir, { recursive: true, force: true })
  }
  if (!process.env.BENCH_KEEP) fs.rmSync(realDir, { recursive: true, force: true })

  const results: Results = {
    generatedAt: new Date().toISOString(),
    machine,
    method: {
      build: 'cold `npm run build` (prebuild search index + next build + postexport) of a copy of the working tree in bench/tmp/ (node_modules hard-linked); wall time by process.hrtime; largest process by GNU time -v; process-tree peak by summing /proc RSS of all descendants every 200 ms',
      weights: 'files on disk under out/: raw bytes and gzip -9 bytes; CSS/JS = files the HTML references (stylesheets, non-nomodule scripts, script preloads); own JS = modules reachable from our client components and not from the framework (scripts/bench/page-assets.ts)',
      server: 'deploy/nginx.conf via scripts/preview-nginx.mjs (gzip level 6, production headers and CSP), http://127.0.0.1',
      requests: 'fresh Chromium context; requests until the load event, and after network idle (adds Next link prefetches)',
      lighthouse: `Lighthouse ${machine.lighthouse}, ${RUNS} runs per page and preset (default mobile: simulated slow 4G, 4x CPU; --preset=desktop), each value the median over the runs; CHROME_PATH=/usr/bin/chromium`,
      searchLatency: 'Node, lib/search/match.ts loadIndex + search over every query in tests/fixtures/search-queries-*.json, 20 rounds after a warm-up',
    },
    build: { real, ...(synthetic ? { synthetic } : {}) },
    pages,
    search,
    targets: checkTargets(pages),
  }
  results.machine.benchmarkIndex = median(pages.flatMap((p) => [p.lighthouse?.mobile?.benchmarkIndex ?? NaN]))
  results.machine.benchSeconds = Math.round((Date.now() - started) / 1000)
  results.machine.loadAverageAtEnd = os.loadavg().map((l) => l.toFixed(2)).join(' ')
  fs.mkdirSync(path.join(ROOT, 'bench'), { recursive: true })
  fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  fs.writeFileSync(path.join(ROOT, 'bench', 'results.md'), renderMarkdown(results))
  log(`wrote bench/results.json and bench/results.md in ${results.machine.benchSeconds} s`)
  const missed = results.targets.filter((t) => !t.pass)
  log(`${results.targets.length - missed.length} targets met, ${missed.length} missed`)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
