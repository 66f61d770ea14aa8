import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { axeViolations, watchErrors } from './helpers'

const ESTIMATOR = '/tools/cost-estimator/'
const CHECKLIST = '/tools/consultation-checklist/'
const AFTERCARE = '/tools/aftercare-sheet/'
const TOOL_PAGES = ['/tools/', ESTIMATOR, CHECKLIST, AFTERCARE]

/** Article slugs from the export (one folder per article). */
function articleSlugs(): string[] {
  const dir = path.join(process.cwd(), 'out', 'articles')
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'index.html')))
    .map((d) => d.name)
}

async function expectNoNaN(page: Page) {
  const text = await page.locator('body').innerText()
  expect(text).not.toMatch(/\bNaN\b|Infinity|undefined/)
}

/** Opens the estimator, waits for its island, and types the number of sessions (the box starts empty). */
async function openEstimator(page: Page, sessions = '10') {
  await page.goto(ESTIMATOR)
  await page.locator('form[data-island="estimator"][data-ready]').waitFor({ state: 'attached' })
  await page.getByLabel('Sessions in the first course').fill(sessions)
}

test.describe('cost estimator', () => {
  test('works out (sessions + top-ups a year × years) × price per session through the form', async ({ page }) => {
    const errors = watchErrors(page)
    await page.goto(ESTIMATOR)
    const out = page.locator('output#estimate-output')
    // Starts from the first cited price and an empty number of sessions, with no error shown yet.
    await expect(page.getByLabel('Sessions in the first course')).toHaveValue('')
    await expect(out).toContainText('No total yet. Type the number of sessions')
    await expect(page.locator('.field-error:visible')).toHaveCount(0)
    await page.getByLabel('Sessions in the first course').fill('10')
    await expect(page.getByLabel(/^Lowest price per session/)).toHaveValue('200')
    await expect(page.getByLabel(/^Highest price per session/)).toHaveValue('600')
    await expect(out).toContainText('US$2,000 to US$6,000')

    await page.getByLabel('Top-up sessions a year').fill('4')
    await page.getByLabel('Years of top-ups').fill('2')
    await expect(out).toContainText(
      '(10 sessions + 4 top-ups a year × 2 years) × US$200 to US$600 a session = 18 sessions × US$200 to US$600 = US$3,600 to US$10,800.',
    )

    // A preset in euros fills both prices and the currency; the fields stay editable.
    await page.getByRole('radio', { name: /€45 to €75 a session/ }).check()
    await expect(page.getByLabel('Currency')).toHaveValue('EUR')
    await expect(page.getByLabel(/^Lowest price per session/)).toHaveValue('45')
    await expect(page.getByLabel(/^Highest price per session/)).toHaveValue('75')
    await expect(out).toContainText('€810 to €1,350')

    // Editing a price switches to "my own prices"; decimals work to the cent.
    await page.getByLabel(/^Lowest price per session/).fill('99.50')
    await page.getByLabel(/^Highest price per session/).fill('99.50')
    await expect(page.getByRole('radio', { name: /My own prices/ })).toBeChecked()
    await expect(out).toContainText('= 18 sessions × €99.50 = €1,791.')

    // One price per session, one session, no top-ups.
    await page.getByLabel('Sessions in the first course').fill('1')
    await page.getByLabel('Top-up sessions a year').fill('0')
    await expect(out).toContainText('(1 session + 0 top-ups a year × 2 years) × €99.50 a session = 1 session × €99.50 = €99.50.')

    // Largest allowed values stay finite and formatted.
    await page.getByLabel(/^Lowest price per session/).fill('100000')
    await page.getByLabel(/^Highest price per session/).fill('100000')
    await page.getByLabel('Sessions in the first course').fill('100')
    await page.getByLabel('Top-up sessions a year').fill('52')
    await page.getByLabel('Years of top-ups').fill('50')
    await expect(out).toContainText('€270,000,000')
    await expectNoNaN(page)
    expect(errors).toEqual([])
  })

  const INVALID: { field: RegExp | string; value: string; message: RegExp }[] = [
    { field: 'Sessions in the first course', value: '', message: /This is empty\. Enter a whole number from 1 to 100/ },
    { field: 'Sessions in the first course', value: '-3', message: /^Error: This must be at least 1\./ },
    { field: 'Sessions in the first course', value: 'abc', message: /not a number/ },
    { field: 'Sessions in the first course', value: '0', message: /^Error: This must be at least 1\./ },
    { field: 'Sessions in the first course', value: '2.5', message: /whole number/ },
    { field: 'Sessions in the first course', value: '101', message: /too large: the most is 100\b/ },
    { field: 'Top-up sessions a year', value: '53', message: /too large: the most is 52/ },
    { field: 'Years of top-ups', value: '51', message: /too large: the most is 50/ },
    { field: 'Years of top-ups', value: '-1', message: /cannot be less than 0/ },
    { field: /^Lowest price per session/, value: '', message: /This is empty/ },
    { field: /^Lowest price per session/, value: 'NaN', message: /not a number/ },
    { field: /^Lowest price per session/, value: '1e9', message: /not a number/ },
    { field: /^Lowest price per session/, value: 'Infinity', message: /not a number/ },
    { field: /^Lowest price per session/, value: '-200', message: /must be more than 0/ },
    { field: /^Lowest price per session/, value: '£200', message: /in pounds sterling \(£\), but the currency chosen above is US dollars/ },
    { field: /^Lowest price per session/, value: '200 €', message: /in euros \(€\), but the currency chosen above is US dollars/ },
    { field: /^Lowest price per session/, value: '0', message: /must be more than 0/ },
    { field: /^Lowest price per session/, value: '19.9999', message: /no more than 2 decimal places/ },
    { field: /^Highest price per session/, value: '100001', message: /too large: the most is 100,000/ },
    { field: /^Highest price per session/, value: '9'.repeat(400), message: /too large: the most is 100,000/ },
    { field: /^Highest price per session/, value: '150', message: /less than the lowest price \(200\)/ },
  ]

  test('each invalid entry marks its field, explains what to enter and never shows NaN or Infinity', async ({ page }) => {
    await openEstimator(page)
    const out = page.locator('output#estimate-output')
    for (const { field, value, message } of INVALID) {
      const input = page.getByLabel(field)
      const before = await input.inputValue()
      await input.fill(value)
      await expect(input, `${String(field)} = ${JSON.stringify(value.slice(0, 20))}`).toHaveAttribute('aria-invalid', 'true')
      const describedBy = (await input.getAttribute('aria-describedby')) ?? ''
      const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'))
      expect(errorId, 'the error message is linked with aria-describedby').toBeTruthy()
      const error = page.locator(`[id="${errorId}"]`)
      await expect(error).toBeVisible()
      await expect(error).toHaveText(message)
      await expect(error).toContainText(/Enter|choose/)
      await expect(out).toContainText('No total yet')
      await expectNoNaN(page)
      await input.fill(before)
      await expect(input).not.toHaveAttribute('aria-invalid', 'true')
      await expect(out).toContainText('US$2,000 to US$6,000')
    }
  })

  test('reads 1.000 as a thousand and 200. as 200; announces only the total, once typing pauses', async ({ page }) => {
    await openEstimator(page)
    const live = page.locator('.estimate [aria-live="polite"]')
    await expect(page.locator('output#estimate-output')).not.toHaveAttribute('aria-live', /.+/)
    await expect(live).toHaveText('Estimated total: US$2,000 to US$6,000, for 10 sessions.')
    await page.getByLabel(/^Highest price per session/).fill('1.000')
    await page.getByLabel(/^Lowest price per session/).fill('200.')
    await expect(page.locator('output#estimate-output')).toContainText('US$2,000 to US$10,000')
    await expect(live).toHaveText('Estimated total: US$2,000 to US$10,000, for 10 sessions.')
    // The announcement never carries the whole explanation.
    await expect(live).not.toContainText('How we worked it out')
  })

  test('on a phone the total stays in view while a field is edited', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true })
    const page = await context.newPage()
    await openEstimator(page)
    const input = page.getByLabel(/^Lowest price per session/)
    await input.focus()
    await input.fill('250')
    const mini = page.locator('.estimate-mini')
    await expect(mini).toBeInViewport()
    await expect(mini).toHaveText('Total: US$2,500 to US$6,000')
    await expect(input).toBeInViewport()
    // The focused box is never under the bar.
    const a = await input.boundingBox()
    const b = await mini.boundingBox()
    expect(a && b && a.y + a.height <= b.y + 1).toBe(true)
    await context.close()
  })

  test('an invalid state passes axe in light and dark', async ({ page }) => {
    await openEstimator(page)
    await page.getByLabel('Sessions in the first course').fill('abc')
    await page.getByLabel(/^Highest price per session/).fill('-1')
    expect(await axeViolations(page)).toEqual([])
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'dark'
    })
    expect(await axeViolations(page), 'dark theme').toEqual([])
  })
})

test.describe('cost estimator without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('shows the cited price table and the formula in words', async ({ page }) => {
    await page.goto(ESTIMATOR)
    const table = page.locator('table.tool-table')
    await expect(table).toBeVisible()
    const rows = table.locator('tbody tr')
    expect(await rows.count()).toBeGreaterThanOrEqual(4)
    await expect(table).toContainText('US$200 to US$600')
    await expect(table).toContainText('€45 to €75')
    await expect(table).toContainText('Year not given')
    await expect(table.locator('a[href="/sources/#sivagnanam2010"]')).toHaveCount(1)
    await expect(table.locator('.badge').first()).toBeVisible()
    await expect(page.locator('.formula')).toContainText(
      'Total = (sessions in the first course + top-up sessions a year × years of top-ups) × price per session',
    )
    // Playwright's "JavaScript off" still parses <noscript> as raw text, so check the markup, not what is shown.
    expect(await page.content()).toMatch(/<noscript>[^]*The calculator needs JavaScript[^]*<\/noscript>/)
    // The form cannot work without JavaScript, so it is not shown at all (no dead, switched-off fields).
    await expect(page.locator('form.estimator')).toBeHidden()
    await expect(page.locator('.tool-references li')).not.toHaveCount(0)
    await expectNoNaN(page)
  })
})

test.describe('consultation checklist', () => {
  test('every checkbox has a label and toggles, by the box and by its label', async ({ page }) => {
    await page.goto(CHECKLIST)
    const boxes = page.locator('input[type="checkbox"]')
    const n = await boxes.count()
    expect(n).toBeGreaterThanOrEqual(20)
    for (let i = 0; i < n; i++) {
      const id = await boxes.nth(i).getAttribute('id')
      await expect(page.locator(`label[for="${id}"]`)).toHaveCount(1)
    }
    const blood = page.getByRole('checkbox', { name: /Blood thinners/ })
    await expect(blood).not.toBeChecked()
    await blood.check()
    await expect(blood).toBeChecked()
    await blood.uncheck()
    await expect(blood).not.toBeChecked()
    await page.locator('label', { hasText: 'Are you a licensed doctor?' }).click()
    await expect(page.getByRole('checkbox', { name: /Are you a licensed doctor/ })).toBeChecked()
    for (const text of ['Allergies', 'pregnant or breastfeeding', 'skin infection', 'Bleeding problems', 'past reaction']) {
      await expect(page.getByRole('checkbox', { name: new RegExp(text, 'i') })).toHaveCount(1)
    }
    await expect(page.getByRole('button', { name: 'Print this checklist' })).toBeVisible()
  })

  test('the print button opens the print dialog, and is hidden without JavaScript', async ({ page, browser }) => {
    await page.addInitScript(() => {
      window.print = () => {
        ;(window as unknown as { __printed: number }).__printed = 1
      }
    })
    await page.goto(CHECKLIST)
    await page.getByRole('button', { name: 'Print this checklist' }).click()
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printed?: number }).__printed)).toBe(1)
    const context = await browser.newContext({ javaScriptEnabled: false })
    const noJs = await context.newPage()
    await noJs.goto(CHECKLIST)
    await expect(noJs.getByRole('button', { name: 'Print this checklist' })).toBeHidden()
    await context.close()
  })

  test('prints with the checkboxes and without the site navigation', async ({ page }) => {
    await page.goto(CHECKLIST)
    await page.getByRole('checkbox', { name: /Allergies/ }).check()
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.site-header')).toBeHidden()
    await expect(page.getByRole('button', { name: 'Print this checklist' })).toBeHidden()
    await expect(page.getByRole('checkbox', { name: /Allergies/ })).toBeVisible()
    await expect(page.getByRole('checkbox', { name: /Allergies/ })).toBeChecked()
    await expect(page.locator('#references')).toBeVisible()
  })
})

test.describe('aftercare sheet', () => {
  test('has the timeline, warning signs and an urgent callout', async ({ page }) => {
    await page.goto(AFTERCARE)
    for (const when of ['First hours', 'First day', '48 hours', 'First week', 'Weeks after']) {
      await expect(page.getByRole('heading', { name: when, exact: true })).toBeVisible()
    }
    const urgent = page.locator('.callout[data-level="urgent"]')
    await expect(urgent).toContainText('trouble breathing')
    await expect(urgent.locator('.cite-marker').first()).toBeVisible()
    await expect(page.locator('.stage-call')).toHaveCount(5)
  })

  // With and without the site-wide print stylesheet (app/print.css, imported from globals.css), in both themes.
  const printCss = fs.readFileSync(path.join(process.cwd(), 'app', 'print.css'), 'utf8')
  for (const theme of ['light', 'dark'] as const) {
    for (const sitePrint of [false, true]) {
      test(`prints on exactly one A4 page (${theme} theme${sitePrint ? ', site print stylesheet' : ''})`, async ({ page }) => {
        await page.addInitScript((t) => localStorage.setItem('theme', t), theme)
        await page.goto(AFTERCARE)
        if (sitePrint) await page.addStyleTag({ content: printCss })
        await page.getByLabel('Clinic and practitioner').fill('Example Clinic, Dr A. Example')
        await page.emulateMedia({ media: 'print' })
        await expect(page.locator('.site-header')).toBeHidden()
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []
        expect(pages.length).toBe(1)
      })
    }
  }
})

test.describe('print styles', () => {
  test('an article prints without the site navigation, breadcrumbs or search, and keeps references', async ({ page }) => {
    await page.goto('/articles/risks-and-side-effects/')
    await expect(page.locator('.site-header')).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
    await expect(page.locator('.site-header')).toBeHidden()
    await expect(page.locator('nav.breadcrumbs')).toBeHidden()
    await expect(page.locator('.references')).toBeVisible()
    await expect(page.locator('.callout-urgent').first()).toBeVisible()
    const after = await page
      .locator('.references a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content)
    expect(after).toContain('http')
  })

  test('FAQ answers are visible in print', async ({ page }) => {
    await page.goto('/faq/')
    const answer = page.locator('details.faq-item .faq-answer').first()
    await expect(answer).toBeHidden()
    await page.emulateMedia({ media: 'print' })
    await expect(answer).toBeVisible()
  })
})

test.describe('share images', () => {
  const isPng = (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  const size = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) })

  test('the site image is a real 1200×630 PNG', async ({ request }) => {
    const res = await request.get('/og.png')
    expect(res.status()).toBe(200)
    expect(res.headers()['content-type']).toBe('image/png')
    const body = await res.body()
    expect(isPng(body)).toBe(true)
    expect(size(body)).toEqual({ width: 1200, height: 630 })
  })

  test('every article has a real PNG that its og:image points to', async ({ request, page }) => {
    const slugs = articleSlugs()
    expect(slugs.length).toBeGreaterThan(5)
    for (const slug of slugs) {
      const res = await request.get(`/articles/${slug}/og.png`)
      expect(res.status(), slug).toBe(200)
      expect(res.headers()['content-type']).toBe('image/png')
      const body = await res.body()
      expect(isPng(body), slug).toBe(true)
      expect(size(body)).toEqual({ width: 1200, height: 630 })
    }
    const first = slugs[0] ?? ''
    await page.goto(`/articles/${first}/`)
    const og = await page.locator('meta[property="og:image"]').first().getAttribute('content')
    expect(new URL(og ?? '').pathname).toBe(`/articles/${first}/og.png`)
  })
})

test.describe('accessibility of the tool pages', () => {
  for (const p of TOOL_PAGES) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${p} has no axe violations (${theme})`, async ({ page }) => {
        const errors = watchErrors(page)
        await page.addInitScript((t) => localStorage.setItem('theme', t), theme)
        const res = await page.goto(p)
        expect(res?.status()).toBe(200)
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
        await expect(page.locator('h1')).toHaveCount(1)
        expect(await axeViolations(page)).toEqual([])
        await expectNoNaN(page)
        expect(errors).toEqual([])
      })
    }
  }
})
