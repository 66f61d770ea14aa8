/**
 * Byte budgets (deploy/budgets.json) for the built out/: HTML, CSS, our own JS and all JS per
 * page type, gzip -9 sizes. Bytes only, no timings, so the result does not depend on the machine.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { SiteAssets, type PageAssets } from '@/scripts/bench/page-assets'
import { OUT } from './site'

interface Budget {
  current: number
  budget: number
}
interface PageBudget {
  path: string
  htmlGzip: Budget
  cssGzip: Budget
  ownJsGzip: Budget
  totalJsGzip: Budget
}

const budgets = JSON.parse(fs.readFileSync(path.resolve('deploy', 'budgets.json'), 'utf8')) as { pages: Record<string, PageBudget> }
let assets: SiteAssets | undefined
const site = () => (assets ??= new SiteAssets(OUT, path.resolve('.next')))

for (const [type, b] of Object.entries(budgets.pages)) {
  test(`byte budget: ${type} ${b.path}`, () => {
    const page = site().page(b.path)
    test.skip(!page, `${b.path} is not in out/ (page not built yet)`)
    const p = page as PageAssets
    const check = (what: string, actual: number | undefined, budget: Budget) => {
      expect
        .soft(actual, `${what} of ${b.path}: ${actual} bytes gzip, budget ${budget.budget} (set at ${budget.current}); shrink it or raise the budget in deploy/budgets.json on purpose`)
        .toBeLessThanOrEqual(budget.budget)
    }
    check('HTML', p.html.gzip, b.htmlGzip)
    check('CSS', p.css.gzip, b.cssGzip)
    check('all JS', p.js.gzip, b.totalJsGzip)
    if (p.jsOwn) check('our own JS', p.jsOwn.gzip, b.ownJsGzip)
    else test.info().annotations.push({ type: 'skipped check', description: 'own JS: .next/ manifests not found, cannot split framework and own code' })
  })
}

test('budgets list sane numbers', () => {
  for (const [type, b] of Object.entries(budgets.pages)) {
    for (const key of ['htmlGzip', 'cssGzip', 'ownJsGzip', 'totalJsGzip'] as const) {
      expect(b[key].budget, `${type}.${key}`).toBeGreaterThanOrEqual(b[key].current)
    }
  }
})
