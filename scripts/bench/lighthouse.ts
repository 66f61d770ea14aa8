/** Runs Lighthouse 12 (the CLI in node_modules) against a URL and reduces the report. */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { CHROME_FLAGS, CHROMIUM_PATH } from '../chromium'

export { CHROME_FLAGS }

export type Preset = 'mobile' | 'desktop'

export interface LighthouseRun {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
  tbtMs: number
  cls: number
  fcpMs: number
  speedIndexMs: number
  totalByteWeight: number
  requests: number
  benchmarkIndex: number
  /** Audits that cost points: category → "id: title (details)". */
  lost: Record<string, string[]>
  diagnostics: Diagnostics
}

export interface Diagnostics {
  lcpElement?: string
  /** Elements that moved, with their shift score. */
  layoutShifts: string[]
  mainThreadMs: number
  jsBootupMs: number
  domElements: number
  /** Requests that blocked the first paint (path, estimated ms), when Lighthouse lists any. */
  renderBlocking?: string[]
}

interface Audit {
  id: string
  title: string
  score: number | null
  scoreDisplayMode?: string
  numericValue?: number
  displayValue?: string
  details?: { type?: string; items?: DetailItem[]; overallSavingsMs?: number; overallSavingsBytes?: number }
  metricSavings?: Record<string, number>
}
interface DetailItem {
  node?: { selector?: string; snippet?: string }
  score?: number
  items?: DetailItem[]
  url?: string
  wastedMs?: number
}
interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number; group?: string }[] }>
  audits: Record<string, Audit>
  environment?: { benchmarkIndex?: number }
  runtimeError?: { message: string }
}

const pct = (s: number | null | undefined) => Math.round((s ?? 0) * 100)

/** What the report says about the LCP element, layout shifts and main-thread work. */
export function diagnostics(lhr: Lhr): Diagnostics {
  const lcpTable = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]
  const lcpNode = lcpTable?.items?.[0]?.node ?? lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.node
  return {
    lcpElement: lcpNode?.selector,
    layoutShifts: (lhr.audits['layout-shifts']?.details?.items ?? []).map((i) => `${i.node?.selector ?? '?'} (${(i.score ?? 0).toFixed(3)})`),
    mainThreadMs: Math.round(lhr.audits['mainthread-work-breakdown']?.numericValue ?? 0),
    jsBootupMs: Math.round(lhr.audits['bootup-time']?.numericValue ?? 0),
    domElements: Math.round(lhr.audits['dom-size']?.numericValue ?? 0),
    renderBlocking: (lhr.audits['render-blocking-resources']?.details?.items ?? [])
      .filter((i) => i.url)
      .map((i) => `${(i.url as string).replace(/^https?:\/\/[^/]+/, '')} (${Math.round(i.wastedMs ?? 0)} ms)`),
  }
}

/** Why a report lost points: failing weighted audits per category, plus performance diagnostics. */
export function lostPoints(lhr: Lhr): Record<string, string[]> {
  const lost: Record<string, string[]> = {}
  for (const [cat, c] of Object.entries(lhr.categories)) {
    const items: string[] = []
    for (const ref of c.auditRefs) {
      const a = lhr.audits[ref.id]
      if (!a || a.score === null || a.score >= 1) continue
      if (cat === 'performance') {
        if (ref.weight > 0) items.push(`${a.id}: ${a.displayValue ?? ''} (metric score ${pct(a.score)})`)
        else if (ref.group !== 'metrics' && (a.scoreDisplayMode === 'metricSavings' || a.scoreDisplayMode === 'numeric') && a.score < 0.9) {
          const savings = a.metricSavings ? Object.entries(a.metricSavings).filter(([, v]) => v > 0) : []
          items.push(`${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}${savings.length ? ` [saves ${savings.map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}]` : ''}`)
        }
      } else if (ref.weight > 0) {
        items.push(`${a.id}: ${a.title}`)
      }
    }
    if (items.length) lost[cat] = items
  }
  return lost
}

export function reduceReport(lhr: Lhr): LighthouseRun {
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`)
  const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN
  return {
    performance: pct(lhr.categories.performance?.score),
    accessibility: pct(lhr.categories.accessibility?.score),
    bestPractices: pct(lhr.categories['best-practices']?.score),
    seo: pct(lhr.categories.seo?.score),
    lcpMs: Math.round(num('largest-contentful-paint')),
    tbtMs: Math.round(num('total-blocking-time')),
    cls: Math.round(num('cumulative-layout-shift') * 10000) / 10000,
    fcpMs: Math.round(num('first-contentful-paint')),
    speedIndexMs: Math.round(num('speed-index')),
    totalByteWeight: Math.round(num('total-byte-weight')),
    requests: lhr.audits['network-requests']?.details?.items?.length ?? 0,
    benchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? 0),
    lost: lostPoints(lhr),
    diagnostics: diagnostics(lhr),
  }
}

/** One Lighthouse run; the JSON report is written to `outFile`. */
export function runLighthouse(url: string, preset: Preset, outFile: string, cwd: string): Promise<LighthouseRun> {
  const bin = path.join(cwd, 'node_modules', '.bin', 'lighthouse')
  const args = [
    url,
    '--quiet',
    '--output=json',
    `--output-path=${outFile}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    '--max-wait-for-load=90000',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ]
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { cwd, env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM_PATH }, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('close', (code) => {
      if (code !== 0 || !fs.existsSync(outFile)) return reject(new Error(`lighthouse exited ${code}: ${err.slice(-2000)}`))
      try {
        resolve(reduceReport(JSON.parse(fs.readFileSync(outFile, 'utf8')) as Lhr))
      } catch (e) {
        reject(e as Error)
      }
    })
  })
}

export const median = (xs: number[]): number => {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (!s.length) return NaN
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

export const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b)
  if (!s.length) return NaN
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number
}

export interface LighthouseSummary extends Omit<LighthouseRun, 'lost' | 'diagnostics'> {
  runs: number
  performanceRange: [number, number]
  /** Lost points and diagnostics of the run whose performance score is the median. */
  lost: Record<string, string[]>
  diagnostics?: Diagnostics
}

/** Median of each value over the runs (each metric independently). */
export function summarise(runs: LighthouseRun[]): LighthouseSummary {
  const m = (k: keyof Omit<LighthouseRun, 'lost' | 'diagnostics'>) => median(runs.map((r) => r[k]))
  const byPerf = [...runs].sort((a, b) => a.performance - b.performance || b.tbtMs - a.tbtMs)
  const mid = byPerf[Math.floor((byPerf.length - 1) / 2)]
  return {
    runs: runs.length,
    performance: m('performance'),
    accessibility: m('accessibility'),
    bestPractices: m('bestPractices'),
    seo: m('seo'),
    lcpMs: m('lcpMs'),
    tbtMs: m('tbtMs'),
    cls: m('cls'),
    fcpMs: m('fcpMs'),
    speedIndexMs: m('speedIndexMs'),
    totalByteWeight: m('totalByteWeight'),
    requests: m('requests'),
    benchmarkIndex: m('benchmarkIndex'),
    performanceRange: [Math.min(...runs.map((r) => r.performance)), Math.max(...runs.map((r) => r.performance))],
    lost: mid?.lost ?? {},
    diagnostics: mid?.diagnostics,
  }
}
