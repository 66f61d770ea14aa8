import { expect, test } from '@playwright/test'
import { axeViolations, sitemapPaths, watchErrors } from './helpers'

const paths = sitemapPaths()

test('the sitemap lists the home page, every article and the main pages', () => {
  expect(paths).toEqual(expect.arrayContaining(['/', '/articles/', '/faq/', '/sources/', '/about/', '/articles/what-is-mesotherapy/']))
  expect(paths.length).toBeGreaterThanOrEqual(20)
})

for (const p of paths) {
  test(`page ${p}: loads, one h1, main landmark, no console errors, no axe violations`, async ({ page }) => {
    test.setTimeout(150_000)
    const errors = watchErrors(page)
    const res = await page.goto(p)
    expect(res?.status()).toBe(200)
    await expect(page.locator('h1')).toHaveCount(1)
    await expect(page.getByRole('main')).toHaveCount(1)
    await expect(page.locator('a.skip-link')).toHaveAttribute('href', '#main')
    expect(await axeViolations(page)).toEqual([])
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'dark'
    })
    expect(await axeViolations(page), 'dark theme').toEqual([])
    expect(errors).toEqual([])
  })
}

test('an unknown path gives the designed 404 page with status 404', async ({ page }) => {
  const res = await page.goto('/no-such-page/')
  expect(res?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  expect(await axeViolations(page)).toEqual([])
})

test('keyboard: the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/articles/what-is-mesotherapy/')
  await page.keyboard.press('Tab')
  const skip = page.locator('a.skip-link')
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
  await expect(page.locator('main')).toBeFocused()
})

test('home → article → table of contents → citation → reference', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'What is mesotherapy?' }).first().click()
  await expect(page).toHaveURL(/\/articles\/what-is-mesotherapy\/$/)
  const toc = page.getByRole('navigation', { name: 'On this page' })
  const firstEntry = toc.getByRole('link').first()
  const target = (await firstEntry.getAttribute('href')) ?? ''
  await firstEntry.click()
  await expect(page).toHaveURL(new RegExp(`${target}$`))
  await expect(page.locator(target)).toBeInViewport()
  // Follow a citation without the preview (modifier-free click opens the preview; the link target is the reference).
  const marker = page.locator('a.cite-marker').first()
  const ref = (await marker.getAttribute('href')) ?? ''
  expect(ref).toMatch(/^#ref-/)
  await page.goto(`/articles/what-is-mesotherapy/${ref}`)
  await expect(page.locator(ref)).toBeInViewport()
  await expect(page.locator(ref)).toContainText(/\w/)
})

test('every in-page link on every page points at an element that exists', async ({ page }) => {
  const broken: string[] = []
  for (const p of paths) {
    await page.goto(p)
    const missing = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
        .map((a) => a.getAttribute('href')?.slice(1) ?? '')
        .filter((id) => id && !document.getElementById(decodeURIComponent(id))),
    )
    for (const id of missing) broken.push(`${p}#${id}`)
  }
  expect(broken).toEqual([])
})
