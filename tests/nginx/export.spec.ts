/**
 * The whole export is plain HTML (checked on disk after the build, scripts/export/verify.ts):
 * no page has a Next.js script, script preload, inline script or RSC payload; no RSC `.txt` or
 * runtime `.js` file is left; every `<script src>`, module preload and stylesheet exists. Then in
 * Chromium: each page loads only same-origin island scripts, and only the islands it names.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { listFiles } from '@/scripts/export/files'
import { verifyExport } from '@/scripts/export/verify'
import { OUT, sitemapPaths } from './site'

test('no framework runtime, payload or .txt payload file anywhere in out/; every script exists', () => {
  expect(verifyExport(OUT)).toEqual([])
  const files = listFiles(OUT).map((f) => `/${path.relative(OUT, f)}`)
  expect(files.filter((f) => /\.txt$/.test(f) && f !== '/robots.txt'), '.txt files').toEqual([])
  expect(files.filter((f) => /^\/_next\/.*\.m?js$/.test(f)), 'Next.js scripts').toEqual([])
  expect(files.filter((f) => f.startsWith('/_islands/') && f.endsWith('.js')).length, 'island bundles').toBeGreaterThan(0)
})

test('JSON-LD stays on the pages that had it', () => {
  const article = fs.readFileSync(path.join(OUT, 'articles', 'what-is-mesotherapy', 'index.html'), 'utf8')
  expect(article).toMatch(/<script type="application\/ld\+json">\{/)
})

for (const urlPath of sitemapPaths()) {
  test(`scripts on ${urlPath}: theme-init plus the islands the page names`, async ({ page }) => {
    const scripts: string[] = []
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
    })
    await page.goto(urlPath, { waitUntil: 'networkidle' })
    const islands = await page.evaluate(() => [...new Set([...document.querySelectorAll('[data-island]')].map((e) => e.getAttribute('data-island')))].sort())
    expect(scripts.every((s) => s.startsWith('/_islands/')), scripts.join(', ')).toBe(true)
    expect(scripts.some((s) => /^\/_islands\/theme-init-[A-Z0-9]+\.js$/.test(s)), 'theme-init').toBe(true)
    const entries = scripts.map((s) => /^\/_islands\/([a-z0-9-]+)-[A-Z0-9]+\.js$/.exec(s)?.[1]).filter((n): n is string => !!n && n !== 'theme-init' && n !== 'chunk')
    expect([...new Set(entries)].sort(), 'island entry modules loaded').toEqual(islands)
  })
}

test('theme-init is a render-blocking classic script at the top of <head> on every page', () => {
  for (const urlPath of sitemapPaths()) {
    const html = fs.readFileSync(path.join(OUT, ...urlPath.split('/').filter(Boolean), 'index.html'), 'utf8')
    const head = html.slice(0, html.indexOf('</head>'))
    const tag = /<script src="\/_islands\/theme-init-[A-Z0-9]+\.js"><\/script>/.exec(head)
    expect(tag, `${urlPath}: theme-init script`).not.toBeNull()
    // Before the stylesheet and any island module: nothing delays it, and it runs before first paint.
    expect(tag?.index ?? Infinity, urlPath).toBeLessThan(head.indexOf('<link rel="stylesheet"'))
  }
})

test.describe('theme before first paint', () => {
  test('a saved dark theme applies on load, with the system set to light', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'))
    await page.goto('/', { waitUntil: 'commit' })
    await page.waitForLoadState('domcontentloaded')
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
  })

  for (const scheme of ['dark', 'light'] as const) {
    test(`without JavaScript, prefers-color-scheme: ${scheme} still picks the theme`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: scheme, baseURL })
      try {
        const page = await context.newPage()
        await page.goto('/')
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined()
        // The page colour is on <html> (globals.css); it must be a real, opaque colour.
        const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
        expect(bg, 'opaque page background').toMatch(/^rgb\(/)
        const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number) as [number, number, number]
        const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
        if (scheme === 'dark') expect(luminance, bg).toBeLessThan(80)
        else expect(luminance, bg).toBeGreaterThan(180)
      } finally {
        await context.close()
      }
    })
  }
})
