import { expect, test } from '@playwright/test'
import { axeViolations, watchErrors } from './helpers'

test.describe('FAQ page', () => {
  test('a deep link opens and scrolls to the answer', async ({ page }) => {
    await page.goto('/faq/#does-mesotherapy-hurt')
    const item = page.locator('details:has(> #does-mesotherapy-hurt)')
    await expect(item).toHaveAttribute('open', '')
    await expect(item.locator('summary')).toBeInViewport()
  })

  test('expand all opens every answer, and each answer shows sources and a related article', async ({ page }) => {
    test.setTimeout(240_000) // axe over 81 open answers is slow on a busy machine
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

  test('structured data lists every question with its own address, no copied answers and no invented review dates', async ({ page }) => {
    await page.goto('/faq/')
    const data = await page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '{}') as Record<string, unknown>),
    )
    const faqPage = data.find((d) => d['@type'] === 'MedicalWebPage') as {
      mainEntity: { '@type': string; numberOfItems: number; itemListElement: { position: number; item: { '@type': string; name: string; url: string } }[] }
    }
    const items = faqPage.mainEntity.itemListElement
    expect(faqPage.mainEntity['@type']).toBe('ItemList')
    expect(items.length).toBe(await page.locator('details[data-faq]').count())
    expect(faqPage.mainEntity.numberOfItems).toBe(items.length)
    const summaries = await page.locator('details[data-faq] > summary').allTextContents()
    items.forEach((it, i) => {
      expect(it.position).toBe(i + 1)
      expect(it.item['@type']).toBe('Question')
      expect(it.item.name).toBe(summaries[i]?.trim())
      expect(it.item.url).toMatch(/\/faq\/#[a-z0-9-]+$/)
    })
    expect(JSON.stringify(data)).not.toMatch(/acceptedAnswer|lastReviewed|reviewedBy/)
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
    test.setTimeout(90_000) // axe on the long FAQ page is slow on a busy machine
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
    await expect(page.locator(`details:has(> [id="${id}"])`)).toHaveAttribute('open', '')
    expect(errors).toEqual([])
    expect(await axeViolations(page)).toEqual([])
  })

  test('a symptom search lists the warning answers first (m16)', async ({ page }) => {
    await page.goto('/faq/?q=red+hot+lump')
    const links = page.getByRole('list', { name: 'Search results' }).getByRole('link')
    await expect(links.nth(0)).toContainText('When should I call a doctor')
    await expect(links.nth(1)).toContainText('Can an infection show up weeks after mesotherapy?')
  })

  test('Escape keeps the query; the keyboard hint is for pointer-and-keyboard devices only', async ({ page }) => {
    await page.goto('/faq/')
    const box = page.getByRole('searchbox', { name: 'Search the questions' })
    await box.fill('bruising')
    await box.press('Escape')
    await expect(box).toHaveValue('bruising')
    await expect(page.locator('.kbd-hint')).toBeVisible()
  })

  test('landmarks are named and unique: two named searches, no "Sources for this answer" regions (m13)', async ({ page }) => {
    await page.goto('/faq/')
    await expect(page.getByRole('search', { name: 'Whole site' })).toHaveCount(1)
    await expect(page.getByRole('search', { name: 'Questions on this page' })).toHaveCount(1)
    await expect(page.getByRole('region', { name: 'Sources for this answer' })).toHaveCount(0)
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
    await expect(results.getByRole('link').first()).toContainText(/pregnan/i)
    await page.goForward()
    await expect(box).toHaveValue('swim')
    await expect(results.getByRole('link').first()).toContainText(/swim/i)
  })

  test('typos still find the answer', async ({ page }) => {
    await page.goto('/faq/?q=celulite')
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toContainText(/cellulite/i)
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

test.describe('FAQ search on a touch phone', () => {
  test.use({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true })
  test('does not show the "Press /" keyboard hint (m10)', async ({ page }) => {
    await page.goto('/faq/')
    await expect(page.getByRole('searchbox', { name: 'Search the questions' })).toBeVisible()
    await expect(page.locator('.kbd-hint')).toBeHidden()
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

  test('Escape closes the results and keeps the query; Tab out of the search closes them (M8)', async ({ page }) => {
    await page.goto('/articles/costs/')
    const box = page.getByRole('searchbox', { name: 'Search questions and articles' })
    await box.fill('lump weeks')
    const panel = page.locator('#site-search-results')
    await expect(panel).toBeVisible()
    await box.press('Escape')
    await expect(panel).toBeHidden()
    await expect(box).toHaveValue('lump weeks')
    await expect(box).toBeFocused()
    // ArrowDown brings the same results back.
    await box.press('ArrowDown')
    await expect(panel).toBeVisible()
    await expect(panel.getByRole('link').first()).toBeFocused()
    // Tab through every result and out of the search: the panel closes as focus leaves.
    const n = await panel.getByRole('link').count()
    for (let i = 0; i < n + 2; i++) await page.keyboard.press('Tab')
    await expect(panel).toBeHidden()
    const inForm = await page.evaluate(() => !!document.activeElement?.closest('form.header-search'))
    expect(inForm).toBe(false)
  })

  test('typos still find answers and sections', async ({ page }) => {
    await page.goto('/about/')
    await page.getByRole('searchbox', { name: 'Search questions and articles' }).fill('mesoterapy celulite')
    await expect(page.locator('#site-search-results a.search-hit').first()).toContainText(/cellulite/i)
  })

  test('a symptom search lists the warning answers and sections first (m16)', async ({ page }) => {
    await page.goto('/articles/cellulite/')
    const box = page.getByRole('searchbox', { name: 'Search questions and articles' })
    await box.fill('red hot lump')
    const questions = page.getByRole('list', { name: 'Questions' }).getByRole('link')
    await expect(questions.nth(0)).toContainText('When should I call a doctor')
    await expect(questions.nth(1)).toContainText('Can an infection show up weeks after mesotherapy?')
    await expect(page.getByRole('list', { name: 'Article sections' }).getByRole('link').first()).toContainText('Signs can come weeks later')
  })
})

test.describe('FAQ without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('every answer is still there and opens natively; no dead search box or buttons (M7)', async ({ page }) => {
    await page.goto('/faq/')
    expect(await page.locator('details[data-faq]').count()).toBeGreaterThanOrEqual(60)
    await expect(page.getByRole('searchbox', { name: 'Search the questions' })).toBeHidden()
    await expect(page.getByRole('button', { name: 'Expand all answers' })).toBeHidden()
    await expect(page.getByRole('button', { name: 'Print all answers' })).toBeHidden()
    // Playwright's "JavaScript off" still parses <noscript> as raw text, so check the markup.
    expect(await page.content()).toMatch(/<noscript>[^]*Searching this page needs JavaScript[^]*Find in page[^]*<\/noscript>/)
    const item = page.locator('details[data-faq]').first()
    await item.locator('summary').click()
    await expect(item).toHaveAttribute('open', '')
  })

  test('the header search form sends the query to the FAQ page', async ({ page }) => {
    await page.goto('/articles/history/')
    await page.getByRole('searchbox', { name: 'Search questions and articles' }).fill('cost')
    await page.getByRole('button', { name: 'Search' }).click()
    await expect(page).toHaveURL(/\/faq\/\?q=cost/)
    // Not a dead end: the page explains how to find words without JavaScript.
    expect(await page.content()).toMatch(/<noscript>[^]*Find in page[^]*<\/noscript>/)
  })

  test('a deep link to an answer opens it (M7)', async ({ page }) => {
    await page.goto('/faq/#does-mesotherapy-work-for-hair-loss')
    const item = page.locator('details:has(> #does-mesotherapy-work-for-hair-loss)')
    await expect(item).toHaveAttribute('open', '')
    await expect(item.locator('.faq-answer')).toBeVisible()
    await expect(item.locator('summary')).toBeInViewport()
  })
})
