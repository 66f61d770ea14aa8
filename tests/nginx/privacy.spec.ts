/**
 * Every page in sitemap.xml, loaded in Chromium from nginx with the real headers: no CSP
 * violation, no console error, nothing fetched from another origin, no cookies, no storage.
 * Then the theme toggle may write exactly one thing: localStorage "theme".
 */
import { expect, test, type Page } from '@playwright/test'
import { getIslandText, localeOfPath } from '@/lib/content'
import { sitemapPaths } from './site'

/** The theme button's name in the language of the page at this path. */
function toggleName(p: string): string {
  return getIslandText(localeOfPath(p).code).themeToggle.label
}

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

interface Watch {
  errors: string[]
  foreign: string[]
}

function watch(page: Page, origin: string): Watch {
  const w: Watch = { errors: [], foreign: [] }
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`))
  // No framework router any more, so no prefetch that gets cancelled: every failure counts.
  page.on('requestfailed', (r) => w.errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`))
  page.on('response', (r) => {
    if (r.status() >= 400) w.errors.push(`HTTP ${r.status()}: ${r.url()}`)
  })
  page.on('request', (r) => {
    const url = r.url()
    if (/^(data|blob):/.test(url)) return
    if (new URL(url).origin !== origin) w.foreign.push(url)
  })
  return w
}

test.beforeEach(async ({ page }) => {
  // Runs before any page script (injected by the browser, not subject to the page's CSP).
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`)
    })
  })
})

const storage = (page: Page) =>
  page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
  }))

for (const urlPath of sitemapPaths()) {
  test(`clean load: ${urlPath}`, async ({ page, context, baseURL }) => {
    const w = watch(page, new URL(baseURL as string).origin)
    const res = await page.goto(urlPath, { waitUntil: 'load' })
    expect(res?.status(), `${urlPath} status`).toBe(200)
    await page.waitForLoadState('networkidle')

    expect(await page.evaluate(() => window.__cspViolations), 'CSP violations').toEqual([])
    expect(w.errors, 'console errors, failed or error responses').toEqual([])
    expect(w.foreign, 'requests to other origins').toEqual([])
    expect(await context.cookies(), 'cookies').toEqual([])
    expect(await storage(page), 'storage before any click').toEqual({ local: [], session: [], indexedDB: [] })

    const toggle = page.getByRole('banner').getByRole('button', { name: toggleName(urlPath) })
    await expect(toggle).toBeVisible()
    const before = await page.evaluate(() => document.documentElement.dataset.theme)
    await toggle.click()
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).not.toBe(before)
    const after = await storage(page)
    expect(after, 'the toggle writes only localStorage "theme"').toEqual({ local: ['theme'], session: [], indexedDB: [] })
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toMatch(/^(light|dark)$/)
    expect(await context.cookies(), 'cookies after the toggle').toEqual([])
    expect(await page.evaluate(() => window.__cspViolations), 'CSP violations after the toggle').toEqual([])
    expect(w.errors, 'console errors after the toggle').toEqual([])
    expect(w.foreign, 'requests to other origins after the toggle').toEqual([])
  })
}
