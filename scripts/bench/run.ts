/**
 * `npm run bench`: builds a copy of the site, makes a scriptless copy of its export (every
 * `<script>` but JSON-LD and every script preload removed), serves both with the production
 * nginx config (compressed), and writes bench/results.json + bench/results.md:
 *  - Lighthouse mobile on one page of every page type, site and scriptless copy alternating,
 *    median of BENCH_RUNS (3) runs each, against the targets in targets.ts;
 *  - page weight (HTML, CSS, JS; raw and gzip) and requests per page type;
 *  - a bounded loopback load test (autocannon, 20 connections × 8 s) on the article and /faq/;
 *  - search payload and query latency;
 *  - build time and peak memory for the real site and for a copy with 1,000 synthetic articles.
 *
 * Works in bench/tmp/ (git-ignored) so it never touches the working tree's .next/ or out/.
 * Environment: BENCH_RUNS (Lighthouse runs per page and copy, default 3), BENCH_SYNTHETIC
 * (synthetic article count, default 1000; 0 skips), BENCH_PORT (site, default 8095),
 * BENCH_SCRIPTLESS_PORT (scriptless copy, default BENCH_PORT + 1), BENCH_DESKTOP=1 (also
 * Lighthouse desktop on the site), BENCH_LOAD=0 (skip the load test), BENCH_NICE=-10 (run
 * nginx, Chromium, Lighthouse and the load test at that CPU priority; needs root), BENCH_KEEP=1 (keep
 * bench/tmp/ afterwards), BENCH_SOURCE_NOTE (a sentence on what was measured, e.g. a merge of
 * two branches, printed under the commit).
 */
import { spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { countRequests, hydrationShift, launch, searchFetches } from './browser'
import { build } from './build'
import { median, runLighthouse, summarise, type LighthouseRun, type LighthouseSummary, type Preset } from './lighthouse'
import { loadTest, type LoadResult } from './loadtest'
import { log } from './log'
import { SiteAssets } from './page-assets'
import { discoverPageTypes } from './pages'
import { copyProject, writeSyntheticArticles } from './project'
import { renderMarkdown } from './report'
import { makeScriptlessCopy } from './scriptless'
import { indexInfo, searchLatency } from './search-node'
import { startServer, stopServer } from './server'
import { checkTargets } from './targets'
import type { PageResult, Results } from './types'
import { CHROMIUM_PATH } from '../chromium'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const TMP = path.join(ROOT, 'bench', 'tmp')
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const SYNTHETIC = Number(process.env.BENCH_SYNTHETIC ?? 1000)
const PORT = Number(process.env.BENCH_PORT ?? 8095)
const SCRIPTLESS_PORT = Number(process.env.BENCH_SCRIPTLESS_PORT ?? PORT + 1)
const DESKTOP = process.env.BENCH_DESKTOP === '1'
const LOAD = process.env.BENCH_LOAD !== '0'
const LOAD_PAGES = ['article', 'faq']
const NICE = process.env.BENCH_NICE ? Number(process.env.BENCH_NICE) : undefined

const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`

function versionOf(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' })
  return `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n')[0] ?? '?'
}

function gitSource(): Results['source'] {
  const git = (...args: string[]) => spawnSync('git', ['-C', ROOT, ...args], { encoding: 'utf8' }).stdout?.trim() ?? ''
  const changed = git('status', '--porcelain', '--untracked-files=no')
    .split('\n')
    .filter((l) => l.trim() && !/bench\/results\.(md|json)$/.test(l))
  return {
    branch: git('rev-parse', '--abbrev-ref', 'HEAD') || '?',
    commit: git('rev-parse', '--short', 'HEAD') || '?',
    subject: git('log', '-1', '--format=%s'),
    dirty: changed.length > 0,
    ...(process.env.BENCH_SOURCE_NOTE ? { note: process.env.BENCH_SOURCE_NOTE } : {}),
  }
}

/** One Lighthouse run with up to three attempts (it now and then fails to record a trace). */
async function lighthouseOnce(url: string, preset: Preset, file: string): Promise<{ run?: LighthouseRun; error?: string }> {
  let error: string | undefined
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      return { run: await runLighthouse(url, preset, file, ROOT) }
    } catch (e) {
      error = (e as Error).message.slice(0, 500)
      log(`lighthouse ${url} ${preset} attempt ${attempt} failed: ${error.split('\n')[0]}`)
    }
  }
  return { error }
}

const show = (s: LighthouseSummary | undefined) => (s ? `perf ${s.performance} LCP ${s.lcpMs} ms TBT ${s.tbtMs} ms CLS ${s.cls}` : 'no result')

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
    autocannon: (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'autocannon', 'package.json'), 'utf8')) as { version: string }).version,
    loadAverageAtStart: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  }
  const source = gitSource()
  log(`measuring ${source.branch} at ${source.commit}${source.dirty ? ' (with uncommitted changes)' : ''}`)

  // 1. The real site, built cold in a copy.
  const realDir = path.join(TMP, 'site')
  copyProject(ROOT, realDir)
  const real = await build(realDir, 'real site', ['/', '/articles/', '/articles/what-is-mesotherapy/'])
  if (!real.ok) {
    console.error(real.error)
    throw new Error('the real site did not build; nothing to measure (fix the build and run again)')
  }
  const outDir = path.join(realDir, 'out')

  // 2. The scriptless copy of the same export.
  const scriptlessDir = path.join(TMP, 'scriptless-out')
  const copy = makeScriptlessCopy(outDir, scriptlessDir)
  log(`scriptless copy: ${copy.scriptsRemoved} scripts and ${copy.preloadsRemoved} script preloads removed from ${copy.pages} HTML files, ${copy.precompressedRewritten} precompressed files rewritten`)

  // 3. Serve both with the production nginx config; measure weight, requests, layout.
  // Optionally at a higher CPU priority (root only), inherited by nginx, Chromium and Lighthouse,
  // so other work on a shared machine distorts the lab figures less. Builds keep normal priority.
  const basePriority = os.getPriority()
  if (NICE !== undefined) {
    try {
      os.setPriority(NICE)
      log(`measuring at priority ${NICE} (BENCH_NICE)`)
    } catch (e) {
      log(`BENCH_NICE=${NICE} not applied: ${(e as Error).message}`)
    }
  }
  const server = await startServer(realDir, PORT)
  const scriptlessServer: ChildProcess = await startServer(realDir, SCRIPTLESS_PORT, scriptlessDir).catch(async (e: unknown) => {
    await stopServer(server)
    throw e
  })
  const pages: PageResult[] = []
  const searchPart: Partial<Results['search']> = {}
  let load: LoadResult[] | undefined
  let loadError: string | undefined
  try {
    const assets = new SiteAssets(outDir, path.join(realDir, '.next'))
    const scriptlessAssets = new SiteAssets(scriptlessDir, path.join(realDir, '.next'))
    const browser = await launch()
    try {
      for (const pt of discoverPageTypes(outDir)) {
        const url = `http://127.0.0.1:${PORT}${pt.path}`
        const status = (await fetch(url)).status
        const weight = assets.page(pt.path)
        const result: PageResult = { type: pt.type, path: pt.path, exported: !!weight && status === 200, httpStatus: status }
        if (result.exported) {
          result.weight = weight
          const sl = scriptlessAssets.page(pt.path)
          if (sl) result.scriptless = { html: sl.html }
          result.requests = await countRequests(browser, url)
          result.hydration = { mobile: await hydrationShift(browser, url, 412, 823), desktop: await hydrationShift(browser, url, 1350, 940) }
        }
        pages.push(result)
        log(`${pt.type} ${pt.path}: HTTP ${status}${weight ? `, HTML ${KB(weight.html.gzip)} gzip, JS ${KB(weight.js.gzip)} gzip (own ${weight.jsOwn ? KB(weight.jsOwn.gzip) : '?'})` : ''}`)
      }
      try {
        const fetches = await searchFetches(browser, `http://127.0.0.1:${PORT}/`)
        const js = fetches.filter((f) => f.type === 'script').map((f) => f.url)
        const sizes = js.map((u) => assets.file(u))
        searchPart.firstUseFetches = fetches
        searchPart.lazyJs = { files: js, raw: sizes.reduce((a, s) => a + s.raw, 0), gzip: sizes.reduce((a, s) => a + s.gzip, 0) }
      } catch (e) {
        searchPart.firstUseError = (e as Error).message.split('\n')[0]
        log(`search first use not measured: ${searchPart.firstUseError}`)
      }
    } finally {
      await browser.close()
    }

    // 4. Lighthouse, sequentially (2 cores: parallel runs would distort each other). For each
    // page the site and the scriptless copy alternate, so drift in machine load hits both.
    const reports = path.join(TMP, 'lighthouse')
    fs.mkdirSync(reports, { recursive: true })
    for (const p of pages.filter((x) => x.exported)) {
      const site: LighthouseRun[] = []
      const bare: LighthouseRun[] = []
      for (let i = 0; i < RUNS; i++) {
        const order = i % 2 === 0 ? (['site', 'scriptless'] as const) : (['scriptless', 'site'] as const)
        for (const which of order) {
          const port = which === 'site' ? PORT : SCRIPTLESS_PORT
          const r = await lighthouseOnce(`http://127.0.0.1:${port}${p.path}`, 'mobile', path.join(reports, `${p.type}-${which}-mobile-${i + 1}.json`))
          if (r.run) (which === 'site' ? site : bare).push(r.run)
          else if (which === 'site') p.lighthouseError = r.error
          else if (p.scriptless) p.scriptless.lighthouseError = r.error
        }
      }
      p.lighthouse = {}
      if (site.length) p.lighthouse.mobile = summarise(site)
      if (bare.length && p.scriptless) p.scriptless.lighthouse = summarise(bare)
      const a = p.lighthouse.mobile
      const b = p.scriptless?.lighthouse
      if (a && b && b.lcpMs > 0) p.lcpRatio = Math.round((a.lcpMs / b.lcpMs) * 100) / 100
      log(`lighthouse mobile ${p.path}: site ${show(a)} | scriptless ${show(b)}${p.lcpRatio !== undefined ? ` | LCP ratio ${p.lcpRatio}` : ''}`)
      if (DESKTOP) {
        const runs: LighthouseRun[] = []
        for (let i = 0; i < RUNS; i++) {
          const r = await lighthouseOnce(`http://127.0.0.1:${PORT}${p.path}`, 'desktop', path.join(reports, `${p.type}-site-desktop-${i + 1}.json`))
          if (r.run) runs.push(r.run)
        }
        if (runs.length) p.lighthouse.desktop = summarise(runs)
        log(`lighthouse desktop ${p.path}: ${show(p.lighthouse.desktop)}`)
      }
    }

    // 5. Bounded loopback load test on the site (after Lighthouse, so it disturbs nothing).
    if (LOAD) {
      try {
        load = []
        for (const type of LOAD_PAGES) {
          const p = pages.find((x) => x.type === type && x.exported)
          if (!p) continue
          const r = await loadTest(ROOT, PORT, p.path)
          load.push(r)
          log(`load ${p.path}: ${r.requestsPerSec} req/s, p99 ${r.latencyMs.p99} ms (${r.contentEncoding}, ${KB(r.responseBytes)} per response, ${r.non2xx} non-2xx, ${r.errors} errors)`)
        }
      } catch (e) {
        loadError = (e as Error).message.split('\n')[0]
        log(`load test failed: ${loadError}`)
      }
    }
  } finally {
    await stopServer(scriptlessServer)
    await stopServer(server)
    if (NICE !== undefined) os.setPriority(basePriority)
  }

  // 6. Search in Node.
  const search: Results['search'] = {
    indexes: indexInfo(realDir),
    lazyJs: searchPart.lazyJs ?? { files: [], raw: 0, gzip: 0 },
    firstUseFetches: searchPart.firstUseFetches ?? [],
    ...(searchPart.firstUseError ? { firstUseError: searchPart.firstUseError } : {}),
    latency: searchLatency(ROOT, realDir),
  }

  // 7. 1,000 synthetic articles.
  let synthetic: Results['build']['synthetic']
  if (SYNTHETIC > 0) {
    const synthDir = path.join(TMP, 'synthetic')
    copyProject(ROOT, synthDir)
    writeSyntheticArticles(synthDir, SYNTHETIC)
    synthetic = await build(synthDir, `${SYNTHETIC} synthetic articles`, ['/', '/articles/', '/articles/what-is-mesotherapy/', '/articles/synthetic-0001/', `/articles/synthetic-${String(SYNTHETIC).padStart(4, '0')}/`])
    if (!process.env.BENCH_KEEP) fs.rmSync(synthDir, { recursive: true, force: true })
  }
  if (!process.env.BENCH_KEEP) {
    fs.rmSync(realDir, { recursive: true, force: true })
    fs.rmSync(scriptlessDir, { recursive: true, force: true })
  }

  const results: Results = {
    generatedAt: new Date().toISOString(),
    machine,
    source,
    method: {
      build: 'cold `npm run build` (prebuild search index + next build + postbuild) of a copy of the working tree in bench/tmp/ (node_modules hard-linked); wall time by process.hrtime; largest process by GNU time -v; process-tree peak by summing /proc RSS of all descendants every 200 ms',
      scriptless: 'a copy of the same build\'s out/ with every <script> removed from every HTML file except type="application/ld+json", and every <link rel="modulepreload"> / <link rel="preload" as="script">; precompressed .gz/.br siblings of changed pages rewritten (scripts/bench/scriptless.ts)',
      weights: 'files on disk under out/: raw bytes and gzip -9 bytes; CSS/JS = files the HTML references (stylesheets, non-nomodule scripts, script preloads); own JS = modules reachable from our client components and not from the framework, plus whole script files outside /_next/ (islands) (scripts/bench/page-assets.ts)',
      server: 'deploy/nginx.conf via scripts/preview-nginx.mjs (production headers, CSP and compression: on-the-fly gzip level 6, or precompressed files where the build writes them), http://127.0.0.1; the scriptless copy by a second instance of the same config (SITE_DIR)',
      requests: 'fresh Chromium context; requests until the load event, and after network idle',
      lighthouse: `Lighthouse ${machine.lighthouse} mobile (default: simulated slow 4G, 4× CPU slowdown), ${RUNS} runs per page for the site and ${RUNS} for the scriptless copy, alternating (site first on odd rounds, scriptless first on even ones), each value the median over its runs${DESKTOP ? '; desktop (--preset=desktop) on the site too' : ''}; CHROME_PATH=/usr/bin/chromium`,
      priority: NICE !== undefined ? `servers, Chromium, Lighthouse and the load test ran at nice ${NICE} (BENCH_NICE) so that other work on the shared machine disturbed them less; builds at normal priority` : 'everything at normal priority (BENCH_NICE unset)',
      loadTest: `autocannon ${machine.autocannon} in a child process, 127.0.0.1 only, 20 connections for 8 s per page, Accept-Encoding "gzip, deflate, br", keep-alive; load generator and nginx share the machine's ${machine.cpus} cores`,
      searchLatency: 'Node, lib/search/match.ts loadIndex + search over every query in tests/fixtures/search-queries-*.json, 20 rounds after a warm-up',
    },
    build: { real, ...(synthetic ? { synthetic } : {}) },
    scriptlessCopy: { pages: copy.pages, scriptsRemoved: copy.scriptsRemoved, preloadsRemoved: copy.preloadsRemoved, precompressedRewritten: copy.precompressedRewritten },
    pages,
    ...(load ? { load } : {}),
    ...(loadError ? { loadError } : {}),
    search,
    targets: checkTargets(pages),
  }
  results.machine.benchmarkIndex = median(pages.map((p) => p.lighthouse?.mobile?.benchmarkIndex ?? NaN))
  results.machine.benchSeconds = Math.round((Date.now() - started) / 1000)
  results.machine.loadAverageAtEnd = os.loadavg().map((l) => l.toFixed(2)).join(' ')
  fs.mkdirSync(path.join(ROOT, 'bench'), { recursive: true })
  fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  fs.writeFileSync(path.join(ROOT, 'bench', 'results.md'), renderMarkdown(results))
  log(`wrote bench/results.json and bench/results.md in ${results.machine.benchSeconds} s`)
  const primary = results.targets.filter((t) => t.primary)
  log(`headline targets: ${primary.filter((t) => t.pass).length} of ${primary.length} met; all checks: ${results.targets.filter((t) => t.pass).length} of ${results.targets.length}`)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
