import { expect, test } from '@playwright/test'
import { axeViolations, watchErrors } from './helpers'

test.describe('FAQ page', () => {
  test('a deep link opens and scrolls to the answer', async ({ page }) => {
    await page.goto('/faq/#does-mesotherapy-hurt')
    const item = page.locator('details#does-mesotherapy-hurt')
    await expect(item).toHaveAttribute('open', '')
    await expect(item).toBeInViewport()
  })

  test('expand all opens every answer, and each answer shows sources and a related article', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('/faq/')
    await page.locator('html[data-faq-ready]').waitFor({ state: 'attached' })
    const all = page.locator('details[data-faq]')
    expect(await all.count()).toBeGreaterThanOrEqual(60)
    await page.getByRole('button', { name: 'Expand all answers' }).click()
    expect(await page.locator('details[data-faq]:not([open])').count()).toBe(0)
    const first = all.first()
    await expect(first.getByRole('heading', { name: 'Sources for this answer' })).toBeVisible()
    await expect(first.locator('.faq-related a').first()).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })

  test('FAQPage structured data lists every question with no invented review dates', async ({ page }) => {
    await page.goto('/faq/')
    const data = await page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '{}') as Record<string, unknown>),
    )
    const faq = data.find((d) => d['@type'] === 'FAQPage') as { mainEntity: { '@type': string; name: string; acceptedAnswer: { text: string } }[] }
    expect(faq.mainEntity.length).toBe(await page.locator('details[data-faq]').count())
    for (const q of faq.mainEntity) {
      expect(q['@type']).toBe('Question')
      expect(q.acceptedAnswer.text.length).toBeGreaterThan(40)
    }
    expect(JSON.stringify(data)).not.toMatch(/lastReviewed|reviewedBy/)
  })

  test('print emulation shows the answers', async ({ page }) => {
    await page.goto('/faq/')
    await page.locator('html[data-faq-ready]').waitFor({ state: 'attached' })
    await page.emulateMedia({ media: 'print' })
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    expect(await page.locator('details[data-faq]:not([open])').count()).toBe(0)
  })
})

test.describe('FAQ search', () => {
  test('results appear as you type, are announced, highlighted, and open the answer', async ({ page }) => {
    const errors = watchErrors(page)
    await page.goto('/faq/')
    const box = page.getByRole('searchbox', { name: 'Search the questions' })
    await expect(box).toBeEnabled()
    await box.fill('bruising')
    const results = page.getByRole('list', { name: 'Search results' })
    await expect(results.getByRole('listitem').first()).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: /question(s)? match/ })).toHaveText(/\d+ questions? match/)
    await expect(results.locator('mark').first()).toBeVisible()
    await expect(page).toHaveURL(/\?q=bruising/)
    // Keyboard: arrows move through results, Enter opens the answer.
    await box.press('ArrowDown')
    const firstLink = results.getByRole('link').first()
    await expect(firstLink).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(results.getByRole('link').nth(1)).toBeFocused()
    await page.keyboard.press('ArrowUp')
    await expect(firstLink).toBeFocused()
    const href = (await firstLink.getAttribute('href')) ?? ''
    await page.keyboard.press('Enter')
    const id = href.split('#')[1] ?? ''
    await expect(page.locator(`details[id="${id}"]`)).toHaveAttribute('open', '')
    expect(errors).toEqual([])
    expect(await axeViolations(page)).toEqual([])
  })

  test('"/" focuses the search box', async ({ page }) => {
    await page.goto('/faq/')
    await expect(page.getByRole('searchbox', { name: 'Search the questions' })).toBeEnabled()
    await page.locator('h1').click()
    await page.keyboard.press('/')
    await expect(page.getByRole('searchbox', { name: 'Search the questions' })).toBeFocused()
  })

  test('?q= shows results on load and Back restores the previous query', async ({ page }) => {
    await page.goto('/faq/?q=pregnant')
    const box = page.getByRole('searchbox', { name: 'Search the questions' })
    await expect(box).toHaveValue('pregnant')
    const results = page.getByRole('list', { name: 'Search results' })
    await expect(results.getByRole('link').first()).toContainText(/pregnan/i)
    await box.fill('swim')
    await expect(results.getByRole('link').first()).toContainText(/swim/i)
    await page.waitForTimeout(1100)
    await page.goBack()
    await expect(box).toHaveValue('pregnant')
  })

  const nasty: [string, string][] = [
    ['a 10,000-character query', 'a'.repeat(10_000)],
    ['regex characters', '.*+?^${}()|[]\\'],
    ['HTML', '<img src=x onerror="window.__pwned=1">'],
    ['a script tag', '<script>window.__pwned=1</script>'],
    ['emoji', '💉 does it hurt 😬'],
    ['right-to-left text', 'هل يؤلم'],
    ['only spaces', '     '],
  ]
  for (const [name, q] of nasty) {
    test(`bad input never breaks the page: ${name}`, async ({ page }) => {
      const errors = watchErrors(page)
      await page.goto('/faq/')
      const box = page.getByRole('searchbox', { name: 'Search the questions' })
      await box.fill(q)
      await page.waitForTimeout(150)
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
      expect(await page.locator('.search-results img').count()).toBe(0)
      await expect(page.locator('h1')).toHaveText('Questions and answers')
      expect(errors).toEqual([])
    })
  }

  test('broken percent-encoding in ?q= does not break the page', async ({ page }) => {
    const errors = watchErrors(page)
    await page.goto('/faq/?q=%E0%A4%A')
    await expect(page.locator('h1')).toHaveText('Questions and answers')
    await expect(page.getByRole('searchbox', { name: 'Search the questions' })).toBeEnabled()
    expect(errors).toEqual([])
  })
})

test.describe('header search', () => {
  test('searches answers and article sections together, grouped by kind', async ({ page }) => {
    await page.goto('/articles/history/')
    const box = page.getByRole('searchbox', { name: 'Search questions and articles' })
    await page.locator('h1').click()
    await page.keyboard.press('/')
    await expect(box).toBeFocused()
    await box.fill('aftercare')
    const group = page.getByRole('group', { name: 'Search results' })
    await expect(group.getByRole('list', { name: 'Questions' })).toBeVisible()
    await expect(group.getByRole('list', { name: 'Article sections' })).toBeVisible()
    await box.press('ArrowDown')
    await expect(group.getByRole('link').first()).toBeFocused()
    expect(await axeViolations(page)).toEqual([])
  })
})

test.describe('FAQ without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('every answer is still there and opens natively; the search box is disabled', async ({ page }) => {
    await page.goto('/faq/')
    expect(await page.locator('details[data-faq]').count()).toBeGreaterThanOrEqual(60)
    await expect(page.getByRole('searchbox', { name: 'Search the questions' })).toBeDisabled()
    const item = page.locator('details[data-faq]').first()
    await item.locator('summary').click()
    await expect(item).toHaveAttribute('open', '')
  })

  test('the header search form sends the query to the FAQ page', async ({ page }) => {
    await page.goto('/articles/history/')
    await page.getByRole('searchbox', { name: 'Search questions and articles' }).fill('cost')
    await page.getByRole('button', { name: 'Search' }).click()
    await expect(page).toHaveURL(/\/faq\/\?q=cost/)
  })
})
