import path from 'node:path'
import { test } from '@playwright/test'

/**
 * Saves screenshots for human review (not compared): home, an article, /faq/ and the estimator,
 * at phone and desktop widths, light and dark. Output: tests/e2e/screenshots/ (git-ignored).
 */
const PAGES: [string, string][] = [
  ['home', '/'],
  ['article', '/articles/how-it-works/'],
  ['faq', '/faq/'],
  ['estimator', '/tools/cost-estimator/'],
]
const WIDTHS: [string, number][] = [
  ['phone', 375],
  ['desktop', 1280],
]
const DIR = path.join(process.cwd(), 'tests', 'e2e', 'screenshots')

for (const [name, url] of PAGES) {
  for (const [device, width] of WIDTHS) {
    for (const theme of ['light', 'dark'] as const) {
      test(`screenshot: ${name}, ${device}, ${theme}`, async ({ browser }) => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme })
        const page = await context.newPage()
        await page.goto(url)
        await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme)
        await page.screenshot({ path: path.join(DIR, `${name}-${device}-${theme}.png`), fullPage: false })
        await context.close()
      })
    }
  }
}
