#!/usr/bin/env node
/** Sums vitest and Playwright JSON reports into one "N passed, N failed" line; exits 1 on any failure. */
import fs from 'node:fs'

const extraFailed = Number(process.argv[2] ?? 0)
let passed = 0
let failed = extraFailed
const read = (f) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : undefined)

const vitest = read('.ci-results/vitest.json')
if (vitest) {
  passed += vitest.numPassedTests ?? 0
  failed += (vitest.numFailedTests ?? 0) + (vitest.numRuntimeErrorTestSuites ?? 0)
  if (!vitest.success && !vitest.numFailedTests) failed += 1
} else failed += 1

for (const f of ['.ci-results/playwright.json', '.ci-results/playwright-nginx.json']) {
  const pw = read(f)
  if (!pw) {
    if (f.endsWith('playwright.json')) failed += 1
    continue
  }
  passed += (pw.stats?.expected ?? 0) + (pw.stats?.flaky ?? 0)
  failed += pw.stats?.unexpected ?? 0
  if ((pw.errors ?? []).length) failed += 1
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
