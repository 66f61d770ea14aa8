/**
 * Re-renders bench/results.md from bench/results.json without measuring again: re-reduces the
 * Lighthouse JSON reports kept in bench/tmp/lighthouse/ (when present) with the current
 * reduction code, recomputes the LCP ratios and the targets, and writes both files.
 *   npx tsx scripts/bench/rerender.ts [bench-folder]
 */
import fs from 'node:fs'
import path from 'node:path'
import { reduceReport, summarise, type LighthouseRun } from './lighthouse'
import { renderMarkdown } from './report'
import { checkTargets } from './targets'
import type { Results } from './types'

const benchDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', '..', 'bench'))
const results = JSON.parse(fs.readFileSync(path.join(benchDir, 'results.json'), 'utf8')) as Results
const reports = path.join(benchDir, 'tmp', 'lighthouse')

function runs(type: string, which: string, preset: string): LighthouseRun[] {
  if (!fs.existsSync(reports)) return []
  return fs
    .readdirSync(reports)
    .filter((f) => f.startsWith(`${type}-${which}-${preset}-`) && f.endsWith('.json'))
    .map((f) => reduceReport(JSON.parse(fs.readFileSync(path.join(reports, f), 'utf8')) as Parameters<typeof reduceReport>[0]))
}

for (const p of results.pages) {
  const site = runs(p.type, 'site', 'mobile')
  const bare = runs(p.type, 'scriptless', 'mobile')
  const desktop = runs(p.type, 'site', 'desktop')
  if (site.length) p.lighthouse = { ...p.lighthouse, mobile: summarise(site) }
  if (desktop.length) p.lighthouse = { ...p.lighthouse, desktop: summarise(desktop) }
  if (bare.length && p.scriptless) p.scriptless.lighthouse = summarise(bare)
  const a = p.lighthouse?.mobile
  const b = p.scriptless?.lighthouse
  if (a && b && b.lcpMs > 0) p.lcpRatio = Math.round((a.lcpMs / b.lcpMs) * 100) / 100
}
results.targets = checkTargets(results.pages)
fs.writeFileSync(path.join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
fs.writeFileSync(path.join(benchDir, 'results.md'), renderMarkdown(results))
console.log(`rewrote ${path.join(benchDir, 'results.md')} (${results.targets.filter((t) => t.pass).length} of ${results.targets.length} checks met)`)
