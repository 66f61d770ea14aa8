/** Search measured in Node: index sizes, load time and query latency (lib/search/match.ts). */
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { loadIndex, search } from '../../lib/search/match'
import { median, percentile } from './lighthouse'
import { gzipSize } from './page-assets'
import type { Results } from './types'

export function searchLatency(root: string, projectDir: string, rounds = 20): Results['search']['latency'] {
  const fixtures = path.join(root, 'tests', 'fixtures')
  const queries = fs
    .readdirSync(fixtures)
    .filter((f) => /^search-queries-.*\.json$/.test(f))
    .flatMap((f) => (JSON.parse(fs.readFileSync(path.join(fixtures, f), 'utf8')) as { query: string }[]).map((q) => q.query))
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

export function indexInfo(projectDir: string): Results['search']['indexes'] {
  const out: Results['search']['indexes'] = {}
  for (const name of ['faq', 'site']) {
    const file = path.join(projectDir, 'public', 'search', `${name}.json`)
    if (!fs.existsSync(file)) continue
    const json = fs.readFileSync(file, 'utf8')
    const times: number[] = []
    let documents = 0
    for (let i = 0; i < 5; i++) {
      const t = performance.now()
      documents = loadIndex(json).ms.documentCount
      times.push(performance.now() - t)
    }
    out[name] = { raw: Buffer.byteLength(json), gzip: gzipSize(json), documents, loadMs: Math.round(median(times) * 10) / 10 }
  }
  return out
}
