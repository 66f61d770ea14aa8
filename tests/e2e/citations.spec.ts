import { expect, test } from '@playwright/test'
import { axeViolations } from './helpers'

const ARTICLE = '/articles/how-it-works/'

test.describe('citation previews', () => {
  test('open by click, close with Escape, focus returns to the marker', async ({ page }) => {
    test.setTimeout(90_000) // includes an axe run
    await page.goto(ARTICLE)
    await page.locator('html[data-cite-preview="ready"]').waitFor({ state: 'attached' })
    const marker = page.locator('a.cite-marker').first()
    await expect(marker).toHaveAttribute('aria-label', /^Source 1: .+/)
    const box = await marker.boundingBox()
    expect(box?.width).toBeGreaterThanOrEqual(24)
    expect(box?.height).toBeGreaterThanOrEqual(24)
    await marker.scrollIntoViewIfNeeded()
    const scrollBefore = await page.evaluate(() => window.scrollY)
    await marker.click()
    const preview = page.locator('.cite-preview:popover-open')
    await expect(preview).toHaveCount(1)
    await expect(preview).toBeVisible()
    await expect(preview).toContainText('Source 1')
    await expect(preview.getByRole('link').first()).toBeVisible()
    // The reader stays where they were.
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollBefore)).toBeLessThan(5)
    expect(page.url()).not.toContain('#ref-')
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await expect(page.locator('.cite-preview:popover-open')).toHaveCount(0)
    await expect(marker).toBeFocused()
  })

  test('open with the keyboard and close with the Close button', async ({ page }) => {
    await page.goto(ARTICLE)
    await page.locator('html[data-cite-preview="ready"]').waitFor({ state: 'attached' })
    const marker = page.locator('a.cite-marker').nth(1)
    await marker.focus()
    await page.keyboard.press('Enter')
    const preview = page.locator('.cite-preview:popover-open')
    await expect(preview).toBeVisible()
    await expect(preview).toBeFocused()
    await preview.getByRole('button', { name: /Close/ }).click()
    await expect(page.locator('.cite-preview:popover-open')).toHaveCount(0)
    await expect(marker).toBeFocused()
  })

  test('works with touch (tap)', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } })
    const page = await context.newPage()
    await page.goto(ARTICLE)
    await page.locator('html[data-cite-preview="ready"]').waitFor({ state: 'attached' })
    const marker = page.locator('a.cite-marker').first()
    await marker.scrollIntoViewIfNeeded()
    await marker.tap()
    const preview = page.locator('.cite-preview:popover-open')
    await expect(preview).toBeVisible()
    const box = await preview.boundingBox()
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true)
    await context.close()
  })

  test('from the preview to the reference entry, then a back-link returns to the exact marker', async ({ page }) => {
    await page.goto(ARTICLE)
    await page.locator('html[data-cite-preview="ready"]').waitFor({ state: 'attached' })
    // Pick a source cited more than once so back-links are lettered.
    const id = await page.evaluate(() => {
      const counts = new Map<string, number>()
      document.querySelectorAll<HTMLAnchorElement>('a.cite-marker').forEach((a) => {
        const ref = a.getAttribute('href') ?? ''
        counts.set(ref, (counts.get(ref) ?? 0) + 1)
      })
      return [...counts.entries()].find(([, n]) => n > 1)?.[0] ?? ''
    })
    expect(id).toMatch(/^#ref-/)
    const markers = page.locator(`a.cite-marker[href="${id}"]`)
    const second = markers.nth(1)
    await second.click()
    const preview = page.locator('.cite-preview:popover-open')
    await preview.getByRole('link', { name: 'Go to the reference list entry' }).click()
    await expect(page).toHaveURL(new RegExp(`${id}$`))
    const entry = page.locator(id)
    await expect(entry).toBeInViewport()
    const back = entry.locator('a.backlink').nth(1)
    await expect(back).toHaveAttribute('aria-label', /Back to citation b of source \d+/)
    await back.click()
    const markerId = (await second.getAttribute('id')) ?? ''
    await expect(page).toHaveURL(new RegExp(`#${markerId}$`))
    await expect(second).toBeInViewport()
  })
})

test.describe('citation previews: hover and focus order', () => {
  test('hovering a marker with the mouse shows the preview without moving focus; leaving closes it', async ({ page }) => {
    await page.goto(ARTICLE)
    await page.locator('html[data-cite-preview="ready"]').waitFor({ state: 'attached' })
    const marker = page.locator('a.cite-marker').first()
    await marker.scrollIntoViewIfNeeded()
    await marker.hover()
    const preview = page.locator('.cite-preview:popover-open')
    await expect(preview).toBeVisible()
    await expect(preview).toContainText('Source 1')
    await expect(marker).not.toBeFocused()
    await expect(preview).not.toBeFocused()
    await page.mouse.move(5, 5)
    await expect(page.locator('.cite-preview:popover-open')).toHaveCount(0)
  })

  test('Tab past the last link closes the preview and returns to the marker (m20)', async ({ page }) => {
    await page.goto(ARTICLE)
    await page.locator('html[data-cite-preview="ready"]').waitFor({ state: 'attached' })
    const marker = page.locator('a.cite-marker').nth(2)
    await marker.focus()
    await page.keyboard.press('Enter')
    const preview = page.locator('.cite-preview:popover-open')
    await expect(preview).toBeFocused()
    const stops = await preview.locator('a[href], button').count()
    for (let i = 0; i < stops; i++) await page.keyboard.press('Tab')
    await expect(preview.getByRole('link', { name: 'Go to the reference list entry' })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(page.locator('.cite-preview:popover-open')).toHaveCount(0)
    await expect(marker).toBeFocused()
    // Shift+Tab from the first control also closes it and returns to the marker.
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await expect(page.locator('.cite-preview:popover-open').getByRole('button', { name: /Close/ })).toBeFocused()
    await page.keyboard.press('Shift+Tab')
    await expect(page.locator('.cite-preview:popover-open')).toHaveCount(0)
    await expect(marker).toBeFocused()
  })

  test('"Go to the reference list entry" moves focus to the entry (m20)', async ({ page }) => {
    await page.goto(ARTICLE)
    await page.locator('html[data-cite-preview="ready"]').waitFor({ state: 'attached' })
    const marker = page.locator('a.cite-marker').first()
    const ref = (await marker.getAttribute('href')) ?? ''
    await marker.focus()
    await page.keyboard.press('Enter')
    await page.locator('.cite-preview:popover-open').getByRole('link', { name: 'Go to the reference list entry' }).press('Enter')
    await expect(page.locator(ref)).toBeFocused()
    await expect(page.locator(ref)).toBeInViewport()
    await expect(page).toHaveURL(new RegExp(`${ref}$`))
  })
})

test.describe('citations without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('a marker jumps to its reference entry and the back-link returns', async ({ page }) => {
    await page.goto(ARTICLE)
    const marker = page.locator('a.cite-marker').first()
    const ref = (await marker.getAttribute('href')) ?? ''
    await marker.click()
    await expect(page).toHaveURL(new RegExp(`${ref}$`))
    await expect(page.locator(ref)).toBeInViewport()
    await page.locator(ref).locator('a.backlink').first().click()
    await expect(page).toHaveURL(/#cite-.+-1$/)
    await expect(marker).toBeInViewport()
  })
})

test('the bibliography lists sources by type with "cited on" links that resolve', async ({ page }) => {
  await page.goto('/sources/')
  const entries = page.locator('li.source-entry')
  expect(await entries.count()).toBeGreaterThanOrEqual(40)
  await expect(page.locator('#has2014 .badge')).toHaveText(/Regulator or law/)
  const link = page.locator('#has2014 details a').first()
  await page.locator('#has2014 summary').click()
  const href = (await link.getAttribute('href')) ?? ''
  await link.click()
  await expect(page).toHaveURL(new RegExp(href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '$'))
  const hash = href.split('#')[1] ?? ''
  await expect(page.locator(`[id="${hash}"]`)).toBeVisible()
})

test('no request leaves the site when a page loads', async ({ page }) => {
  const foreign: string[] = []
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) foreign.push(r.url())
  })
  await page.goto(ARTICLE)
  await page.locator('a.cite-marker').first().click()
  expect(foreign).toEqual([])
})
