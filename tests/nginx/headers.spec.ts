/**
 * Response headers from the production nginx config (deploy/nginx.conf) for every page in
 * sitemap.xml, assets, redirects and the 404 page; plus the generated _headers file.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type APIResponse } from '@playwright/test'
import { basePolicy, parsePolicy } from '@/deploy/csp'
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, SECURITY_HEADERS, parseHeadersFile } from '@/deploy/headers'
import { OUT, expectedCsp, sitemapPaths, someHashedScript } from './site'

function expectSecurityHeaders(res: APIResponse, csp: string) {
  const h = res.headers()
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect.soft(h[name.toLowerCase()], `${res.url()} ${name}`).toBe(value)
  }
  expect.soft(h['content-security-policy'], `${res.url()} Content-Security-Policy`).toBe(csp)
  const scriptSrc = parsePolicy(h['content-security-policy'] ?? '').get('script-src') ?? []
  expect.soft(scriptSrc, 'script-src').not.toContain("'unsafe-inline'")
  expect.soft(scriptSrc, 'script-src').not.toContain("'unsafe-eval'")
  expect.soft(h['server'] ?? '', 'no nginx version').not.toMatch(/\d/)
}

test.describe('every page in sitemap.xml', () => {
  for (const urlPath of sitemapPaths()) {
    test(`headers: ${urlPath}`, async ({ request }) => {
      const res = await request.get(urlPath, { maxRedirects: 0 })
      expect(res.status(), `${urlPath} status`).toBe(200)
      expect(res.headers()['content-type']).toBe('text/html; charset=utf-8')
      expectSecurityHeaders(res, expectedCsp(urlPath))
      expect(res.headers()['cache-control'], 'HTML is cached briefly and revalidated').toBe(CACHE_REVALIDATE)
    })
  }
})

test('a hashed asset is cached for a year as immutable and has the headers', async ({ request }) => {
  const res = await request.get(someHashedScript())
  expect(res.status()).toBe(200)
  expect(res.headers()['cache-control']).toBe(CACHE_IMMUTABLE)
  expect(res.headers()['content-type']).toMatch(/javascript/)
  expectSecurityHeaders(res, basePolicy())
})

test('the stylesheet and font are immutable too; a missing hashed file is a 404 with headers', async ({ request }) => {
  const html = fs.readFileSync(path.join(OUT, 'index.html'), 'utf8')
  for (const href of [...html.matchAll(/<link[^>]+href="(\/_next\/static\/[^"]+\.(?:css|woff2))"/g)].map((m) => m[1] as string)) {
    const res = await request.get(href)
    expect(res.status(), href).toBe(200)
    expect(res.headers()['cache-control'], href).toBe(CACHE_IMMUTABLE)
  }
  const missing = await request.get('/_next/static/chunks/does-not-exist.js')
  expect(missing.status()).toBe(404)
  expectSecurityHeaders(missing, expectedCsp('/404.html'))
})

test('other files (sitemap, search index) revalidate every time', async ({ request }) => {
  for (const url of ['/sitemap.xml', '/robots.txt', '/search/faq.json']) {
    const res = await request.get(url)
    expect(res.status(), url).toBe(200)
    expect(res.headers()['cache-control'], url).toBe(CACHE_REVALIDATE)
    expectSecurityHeaders(res, basePolicy())
  }
})

test('an unknown URL gets the designed 404 page, status 404 and every header', async ({ request, page }) => {
  const res = await request.get('/no-such-page/')
  expect(res.status()).toBe(404)
  expect(res.headers()['content-type']).toBe('text/html; charset=utf-8')
  expectSecurityHeaders(res, expectedCsp('/404.html'))
  expect(res.headers()['cache-control']).toBe(CACHE_REVALIDATE)

  const violations: string[] = []
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text())
  })
  const nav = await page.goto('/no-such-page/')
  expect(nav?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  expect(violations).toEqual([])
})

test('HTML is gzip-compressed when the client accepts it', async ({ request }) => {
  for (const url of ['/', '/articles/what-is-mesotherapy/']) {
    const res = await request.get(url, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(res.headers()['content-encoding'], url).toBe('gzip')
    expect(res.headers()['vary'], url).toMatch(/Accept-Encoding/i)
  }
  const js = await request.get(someHashedScript(), { headers: { 'Accept-Encoding': 'gzip' } })
  expect(js.headers()['content-encoding']).toBe('gzip')
})

test('a page URL without its trailing slash redirects like a static host', async ({ request }) => {
  const res = await request.get('/faq', { maxRedirects: 0 })
  expect(res.status()).toBe(301)
  expect(res.headers()['location']).toBe('/faq/')
  expectSecurityHeaders(res, basePolicy())
})

test('host config and generated files in out/ are not served', async ({ request }) => {
  for (const url of ['/_headers', '/.nginx/csp-map.conf', '/_not-found/', '/404/']) {
    expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(404)
  }
})

test('out/_headers carries the same headers for static hosts (plus upgrade-insecure-requests)', async () => {
  const rules = parseHeadersFile(fs.readFileSync(path.join(OUT, '_headers'), 'utf8'))
  expect(rules.find((r) => r.path === '/*')?.headers).toEqual(SECURITY_HEADERS)
  expect(rules.find((r) => r.path === '/_next/static/*')?.headers['Cache-Control']).toBe(CACHE_IMMUTABLE)
  for (const urlPath of sitemapPaths()) {
    const rule = rules.find((r) => r.path === urlPath)
    expect.soft(rule?.headers['Content-Security-Policy'], urlPath).toBe(`${expectedCsp(urlPath)}; upgrade-insecure-requests`)
    expect.soft(rule?.headers['Cache-Control'], urlPath).toBe(CACHE_REVALIDATE)
  }
})
