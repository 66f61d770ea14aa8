/**
 * Byte budgets (deploy/budgets.json), gzip -9 bytes of the files on disk (their .gz copies), so
 * the result does not depend on the machine. Measured in Chromium against nginx:
 *  - per page type, first load before any interaction: the HTML, its stylesheets, and every
 *    script the browser fetched (theme-init, island modules and their static chunks);
 *  - on first use of a search box: every script and JSON file fetched after typing a query
 *    (the lazy search chunk and the index).
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { gzipBytes } from './site'

interface Budget {
  current: number
  budget: number
}
interface PageBudget {
  path: string
  htmlGzip?: Budget
  cssGzip?: Budget
  jsGzip?: Budget
}
interface FirstUseBudget {
  path: string
  /** CSS selector of the search input. */
  input: string
  query: string
  gzip: Budget
}
interface Budgets {
  pages: Record<string, PageBudget>
  firstUse: Record<string, FirstUseBudget>
}

const budgets = JSON.parse(fs.readFileSync(path.resolve('deploy', 'budgets.json'), 'utf8')) as Budgets

/** Same-origin script, stylesheet and fetch URLs the page requests from now on. */
function record(page: Page, origin: string) {
  const seen: { type: string; url: string }[] = []
  page.on('request', (r) => {
    const u = new URL(r.url())
    if (u.origin === origin && ['script', 'stylesheet', 'fetch', 'xhr'].includes(r.resourceType())) seen.push({ type: r.resourceType(), url: u.pathname })
  })
  return seen
}
const sum = (urls: readonly string[]) => [...new Set(urls)].reduce((n, u) => n + gzipBytes(u), 0)
const check = (what: string, actual: number, b: Budget | undefined) => {
  if (!b) return
  expect
    .soft(actual, `${what}: ${actual} bytes gzip, budget ${b.budget} (set at ${b.current}); shrink it or raise the budget in deploy/budgets.json on purpose`)
    .toBeLessThanOrEqual(b.budget)
}

for (const [type, b] of Object.entries(budgets.pages)) {
  test(`byte budget, first load: ${type} ${b.path}`, async ({ page, baseURL }) => {
    const seen = record(page, new URL(baseURL as string).origin)
    await page.goto(b.path, { waitUntil: 'networkidle' })
    const js = seen.filter((s) => s.type === 'script').map((s) => s.url)
    const css = seen.filter((s) => s.type === 'stylesheet').map((s) => s.url)
    const sizes = { html: gzipBytes(b.path), css: sum(css), js: sum(js) }
    test.info().annotations.push({ type: 'gzip bytes', description: `${b.path}: HTML ${sizes.html}, CSS ${sizes.css}, JS ${sizes.js} (${js.join(', ')})` })
    check(`HTML of ${b.path}`, sizes.html, b.htmlGzip)
    check(`CSS of ${b.path}`, sizes.css, b.cssGzip)
    check(`JS of ${b.path} before any interaction`, sizes.js, b.jsGzip)
  })
}

for (const [name, b] of Object.entries(budgets.firstUse)) {
  test(`byte budget, first use: ${name} on ${b.path}`, async ({ page, baseURL }) => {
    await page.goto(b.path, { waitUntil: 'networkidle' })
    const seen = record(page, new URL(baseURL as string).origin)
    await page.locator(b.input).first().fill(b.query)
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(300)
    await page.waitForLoadState('networkidle')
    const urls = seen.filter((s) => s.type !== 'stylesheet').map((s) => s.url)
    expect(urls.length, `typing "${b.query}" fetched nothing (is the search lazy-loaded?)`).toBeGreaterThan(0)
    const bytes = sum(urls)
    test.info().annotations.push({ type: 'gzip bytes', description: `${name}: ${bytes} (${urls.join(', ')})` })
    check(`search code and index on first use (${name})`, bytes, b.gzip)
  })
}

test('budgets list sane numbers', () => {
  const all = [...Object.values(budgets.pages).flatMap((b) => [b.htmlGzip, b.cssGzip, b.jsGzip]), ...Object.values(budgets.firstUse).map((b) => b.gzip)]
  for (const b of all) if (b) expect(b.budget).toBeGreaterThanOrEqual(b.current)
})
