/**
 * Response headers from the production nginx config (deploy/nginx.conf) for every page in
 * sitemap.xml, assets, redirects and the 404 page; precompressed gzip and brotli; plus the
 * generated _headers file.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type APIResponse } from '@playwright/test'
import { parsePolicy, sitePolicy } from '@/deploy/csp'
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, SECURITY_HEADERS, parseHeadersFile } from '@/deploy/headers'
import { brotliAvailable } from '@/deploy/nginx-brotli.mjs'
import { OUT, expectedCsp, fileFor, sitemapPaths, someHashedScript } from './site'

function expectSecurityHeaders(res: APIResponse) {
  const h = res.headers()
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect.soft(h[name.toLowerCase()], `${res.url()} ${name}`).toBe(value)
  }
  expect.soft(h['content-security-policy'], `${res.url()} Content-Security-Policy`).toBe(expectedCsp())
  const scriptSrc = parsePolicy(h['content-security-policy'] ?? '').get('script-src') ?? []
  expect.soft(scriptSrc, 'script-src').toEqual(["'self'"])
  expect.soft(h['server'] ?? '', 'no nginx version').not.toMatch(/\d/)
}

test.describe('every page in sitemap.xml', () => {
  for (const urlPath of sitemapPaths()) {
    test(`headers: ${urlPath}`, async ({ request }) => {
      const res = await request.get(urlPath, { maxRedirects: 0 })
      expect(res.status(), `${urlPath} status`).toBe(200)
      expect(res.headers()['content-type']).toBe('text/html; charset=utf-8')
      expectSecurityHeaders(res)
      expect(res.headers()['cache-control'], 'HTML is cached briefly and revalidated').toBe(CACHE_REVALIDATE)
    })
  }
})

test('an island script is cached for a year as immutable and has the headers', async ({ request }) => {
  const res = await request.get(someHashedScript())
  expect(res.status()).toBe(200)
  expect(res.headers()['cache-control']).toBe(CACHE_IMMUTABLE)
  expect(res.headers()['content-type']).toMatch(/javascript/)
  expectSecurityHeaders(res)
})

test('the stylesheet and font are immutable too; a missing hashed file is a 404 with headers', async ({ request }) => {
  const html = fs.readFileSync(path.join(OUT, 'index.html'), 'utf8')
  const hrefs = [...html.matchAll(/<link[^>]+href="(\/_next\/static\/[^"]+\.(?:css|woff2))"/g)].map((m) => m[1] as string)
  expect(hrefs.length).toBeGreaterThan(0)
  for (const href of hrefs) {
    const res = await request.get(href)
    expect(res.status(), href).toBe(200)
    expect(res.headers()['cache-control'], href).toBe(CACHE_IMMUTABLE)
  }
  for (const url of ['/_next/static/chunks/does-not-exist.js', '/_islands/does-not-exist.js']) {
    const missing = await request.get(url)
    expect(missing.status(), url).toBe(404)
    expectSecurityHeaders(missing)
  }
})

test('other files (sitemap, search index) revalidate every time', async ({ request }) => {
  for (const url of ['/sitemap.xml', '/robots.txt', '/search/faq.json']) {
    const res = await request.get(url)
    expect(res.status(), url).toBe(200)
    expect(res.headers()['cache-control'], url).toBe(CACHE_REVALIDATE)
    expectSecurityHeaders(res)
  }
})

test('an unknown URL gets the designed 404 page, status 404 and every header', async ({ request, page }) => {
  const res = await request.get('/no-such-page/')
  expect(res.status()).toBe(404)
  expect(res.headers()['content-type']).toBe('text/html; charset=utf-8')
  expectSecurityHeaders(res)
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

test('an unknown French URL gets the French 404 page with status 404', async ({ request, page }) => {
  const res = await request.get('/fr/page-inconnue/')
  expect(res.status()).toBe(404)
  expectSecurityHeaders(res)
  const nav = await page.goto('/fr/page-inconnue/')
  expect(nav?.status()).toBe(404)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable')
  // An English address whose first segment looks like a language but is not one falls back to the English page.
  expect((await request.get('/faq/no-such-page/')).status()).toBe(404)
})

test.describe('precompressed files', () => {
  const urls = () => {
    const html = fs.readFileSync(path.join(OUT, 'index.html'), 'utf8')
    const css = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1] as string
    return ['/', '/articles/what-is-mesotherapy/', '/faq/', css, someHashedScript(), '/search/faq.json', '/sitemap.xml']
  }

  test('the build wrote a .gz and a .br copy next to each text file', () => {
    for (const url of urls()) {
      const file = fileFor(url)
      expect(fs.existsSync(`${file}.gz`), `${url}.gz`).toBe(true)
      expect(fs.existsSync(`${file}.br`), `${url}.br`).toBe(true)
    }
  })

  test('nginx sends the .gz file (gzip_static) to a client that accepts gzip', async ({ request }) => {
    for (const url of urls()) {
      const res = await request.get(url, { headers: { 'Accept-Encoding': 'gzip' } })
      expect(res.headers()['content-encoding'], url).toBe('gzip')
      expect(res.headers()['vary'], url).toMatch(/Accept-Encoding/i)
      // A precompressed file goes out with its length; on-the-fly gzip would be chunked.
      expect(Number(res.headers()['content-length']), url).toBe(fs.statSync(`${fileFor(url)}.gz`).size)
      expectSecurityHeaders(res)
    }
  })

  test('nginx sends the .br file (brotli_static) to a client that accepts br', async ({ request }) => {
    test.skip(!brotliAvailable(), 'nginx brotli module not installed (Debian: libnginx-mod-http-brotli-static)')
    for (const url of urls()) {
      const res = await request.get(url, { headers: { 'Accept-Encoding': 'br, gzip' } })
      expect(res.headers()['content-encoding'], url).toBe('br')
      expect(Number(res.headers()['content-length']), url).toBe(fs.statSync(`${fileFor(url)}.br`).size)
      expectSecurityHeaders(res)
    }
  })

  test('a client that accepts no compression gets the plain file', async ({ request }) => {
    const res = await request.get('/', { headers: { 'Accept-Encoding': 'identity' } })
    expect(res.headers()['content-encoding']).toBeUndefined()
    expect(Number(res.headers()['content-length'])).toBe(fs.statSync(fileFor('/')).size)
  })
})

test('a page URL without its trailing slash redirects like a static host', async ({ request }) => {
  const res = await request.get('/faq', { maxRedirects: 0 })
  expect(res.status()).toBe(301)
  expect(res.headers()['location']).toBe('/faq/')
  expectSecurityHeaders(res)
})

test('host config and generated files in out/ are not served', async ({ request }) => {
  for (const url of ['/_headers', '/.nginx/csp-map.conf', '/_not-found/', '/404/']) {
    expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(404)
  }
})

test('out/_headers carries the same headers for static hosts (plus upgrade-insecure-requests)', async () => {
  const rules = parseHeadersFile(fs.readFileSync(path.join(OUT, '_headers'), 'utf8'))
  expect(rules.find((r) => r.path === '/*')?.headers).toEqual({ ...SECURITY_HEADERS, 'Content-Security-Policy': sitePolicy({ upgradeInsecureRequests: true }) })
  expect(rules.find((r) => r.path === '/_next/static/*')?.headers['Cache-Control']).toBe(CACHE_IMMUTABLE)
  expect(rules.find((r) => r.path === '/_islands/*')?.headers['Cache-Control']).toBe(CACHE_IMMUTABLE)
})
