import { expect, test } from '@playwright/test'
import { localeOfPath, sitemapPaths } from './helpers'

const paths = sitemapPaths()

test('every page links the changes feed from its <head>, and the feed is well-formed XML that Chromium can read', async ({ page, request }) => {
  for (const p of paths) {
    const html = await (await request.get(p)).text()
    const feed = `${localeOfPath(p).prefix}/feed.xml`.replace(/\//g, '\\/').replace(/\./g, '\\.')
    expect(html, p).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="${feed}"/?>`))
  }
  for (const feed of ['/feed.xml', '/fr/feed.xml']) {
    const res = await page.goto(feed)
    expect(res?.status(), feed).toBe(200)
    expect(res?.headers()['content-type'] ?? '').toMatch(/xml/)
    expect(await page.locator('parsererror').count(), feed).toBe(0)
  }
  const res = await page.goto('/feed.xml')
  expect(res?.status()).toBe(200)
  expect(res?.headers()['content-type'] ?? '').toMatch(/xml/)
  // Chromium shows a parsererror element for XML that is not well-formed.
  expect(await page.locator('parsererror').count()).toBe(0)
  const xml = await res!.text()
  const entries = xml.match(/<entry>/g)?.length ?? 0
  expect(entries).toBeGreaterThan(0)
})

test('/about/ and the footer name the publisher, the funding and a contact address, and link the feed', async ({ page }) => {
  await page.goto('/about/')
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { name: 'Who writes and checks this site' })).toBeVisible()
  await expect(main.locator('a[href^="mailto:"]').first()).toBeVisible()
  await expect(main.locator('a[href="/feed.xml"]')).toBeVisible()
  const footer = page.locator('footer.site-footer')
  await expect(footer.locator('a[href^="mailto:"]')).toHaveCount(1)
  await expect(footer.locator('.footer-disclosure dt').first()).toBeVisible()
})

test('an article shows its review dates at the top and its change log at the end', async ({ page }) => {
  await page.goto('/articles/what-is-mesotherapy/')
  const meta = page.locator('article header .meta-line')
  await expect(meta).toContainText(/Reviewed \d{1,2} \w+ 20\d\d/)
  await expect(meta).toContainText(/Next review \d{1,2} \w+ 20\d\d/)
  const log = page.locator('section.change-log')
  await expect(log.getByRole('heading', { name: 'What changed' })).toBeVisible()
  expect(await log.locator('li').count()).toBeGreaterThan(0)
  // The log comes after the article text and the references.
  const [logTop, refsTop] = await Promise.all([log.evaluate((e) => e.getBoundingClientRect().top), page.locator('#references').evaluate((e) => e.getBoundingClientRect().top)])
  expect(logTop).toBeGreaterThan(refsTop)
})

test('each FAQ answer shows its review dates first and its change log last', async ({ page }) => {
  await page.goto('/faq/')
  const items = page.locator('details.faq-item')
  const n = await items.count()
  expect(await page.locator('details.faq-item .review-dates').count()).toBe(n)
  expect(await page.locator('details.faq-item .change-log-compact').count()).toBe(n)
  const first = items.first()
  await first.locator('summary').click()
  await expect(first.locator('.review-dates')).toContainText(/Reviewed .* Next review/)
})
