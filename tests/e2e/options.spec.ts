import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { axeViolations, watchErrors } from './helpers'

/** Goal slugs from the export (one folder per options page). */
function goalSlugs(): string[] {
  const dir = path.join(process.cwd(), 'out', 'options')
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort()
}

const GOALS = goalSlugs()
const FIRST = `/options/${GOALS[0] ?? 'cellulite'}/`

async function noSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }))
  expect(scroll, 'page is wider than the screen').toBeLessThanOrEqual(client)
}

/** Boxes of the option cards, in document order. */
async function cardBoxes(page: Page) {
  return page.locator('.opt-card').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })))
}

test('the export has an options page for each goal and the index lists them all', async ({ page }) => {
  expect(GOALS.length).toBeGreaterThanOrEqual(1)
  await page.goto('/options/')
  for (const slug of GOALS) await expect(page.locator(`main a[href="/options/${slug}/"]`)).toHaveCount(1)
  const sitemap = fs.readFileSync(path.join(process.cwd(), 'out', 'sitemap.xml'), 'utf8')
  for (const slug of ['', ...GOALS.map((s) => `${s}/`)]) expect(sitemap).toContain(`/options/${slug}<`)
})

test('phone (360 px): one card per option, stacked, each fact with its own visible label', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  await page.goto(FIRST)
  const boxes = await cardBoxes(page)
  expect(boxes.length).toBeGreaterThanOrEqual(3)
  for (let i = 1; i < boxes.length; i++) {
    expect(boxes[i]!.y, `card ${i + 1} sits below card ${i}`).toBeGreaterThanOrEqual(boxes[i - 1]!.y + boxes[i - 1]!.h)
    expect(Math.abs(boxes[i]!.x - boxes[0]!.x)).toBeLessThan(1)
  }
  await expect(page.locator('.opt-rowlabels')).toBeHidden()
  await expect(page.locator('.opt-card').first().locator('dt').first()).toBeVisible()
  await noSidewaysScroll(page)
})

test('wide screen (1280 px): the same cards read as the columns of a table with row labels on the left', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(FIRST)
  const boxes = await cardBoxes(page)
  for (const b of boxes) expect(Math.abs(b.y - boxes[0]!.y), 'cards side by side').toBeLessThan(1)
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x).toBeGreaterThan(boxes[i - 1]!.x)
  const labels = page.locator('.opt-rowlabel')
  await expect(labels.first()).toBeVisible()
  // Each row lines up across the columns: the n-th fact of every card starts at the same height as the n-th row label.
  const rows = await page.evaluate(() => {
    const tops = (sel: string) => [...document.querySelectorAll(sel)].map((e) => Math.round(e.getBoundingClientRect().top))
    const label = tops('.opt-rowlabel')
    const cards = [...document.querySelectorAll('.opt-card')].map((c) => [...c.querySelectorAll('.opt-fact')].map((f) => Math.round(f.getBoundingClientRect().top)))
    return { label, cards }
  })
  for (const card of rows.cards) expect(card).toEqual(rows.label)
  // Row labels are for the eye only; every cell keeps its own label for screen readers.
  await expect(page.locator('.opt-rowlabels')).toHaveAttribute('aria-hidden', 'true')
  expect(await page.locator('.opt-card dt').count()).toBe(boxes.length * (await labels.count()))
  await noSidewaysScroll(page)
})

test('print: the comparison prints as cards, one under the other', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(FIRST)
  await page.emulateMedia({ media: 'print' })
  const boxes = await cardBoxes(page)
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y)
  await expect(page.locator('.opt-rowlabels')).toBeHidden()
})

for (const p of ['/options/', ...GOALS.map((s) => `/options/${s}/`)]) {
  test(`${p}: no sideways scrolling at 320 px, axe clean in light and dark, no console errors`, async ({ page }) => {
    test.setTimeout(90_000)
    const errors = watchErrors(page)
    await page.setViewportSize({ width: 320, height: 800 })
    await page.goto(p)
    await noSidewaysScroll(page)
    expect(await axeViolations(page)).toEqual([])
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'dark'
    })
    expect(await axeViolations(page), 'dark theme').toEqual([])
    await noSidewaysScroll(page)
    expect(errors).toEqual([])
  })
}

for (const slug of GOALS) {
  test(`/options/${slug}/: doing nothing, numbered references, dated review, and links both ways with its articles`, async ({ page }) => {
    test.setTimeout(90_000)
    const href = `/options/${slug}/`
    await page.goto(href)
    await expect(page.locator('#do-nothing')).toBeVisible()
    await expect(page.locator('.opt-kind-nothing')).toHaveCount(1)
    await expect(page.locator('.opt-kind-mesotherapy')).not.toHaveCount(0)
    await expect(page.locator('header time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/)
    // Every citation marker points at an entry of the numbered reference list.
    const targets = await page.locator('a.cite-marker').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''))
    expect(targets.length).toBeGreaterThan(0)
    for (const t of new Set(targets)) await expect(page.locator(`ol.ref-list > li${t}`)).toHaveCount(1)
    // Each related article links back to this page.
    const articles = await page.locator('#read-more ~ ul a, section:has(#read-more) a').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('href') ?? ''))])
    expect(articles.length).toBeGreaterThan(0)
    for (const a of articles) {
      await page.goto(a)
      await expect(page.locator(`aside.opt-link-box a[href="${href}"]`), `${a} links back to ${href}`).toHaveCount(1)
    }
  })
}

test('the home page and the articles index point to every options page', async ({ page }) => {
  for (const p of ['/', '/articles/']) {
    await page.goto(p)
    const box = page.locator('section.opt-promo')
    await expect(box).toHaveCount(1)
    await expect(box.locator('a[href="/options/"]')).toHaveCount(1)
    for (const slug of GOALS) await expect(box.locator(`a[href="/options/${slug}/"]`)).toHaveCount(1)
  }
})

test('text spacing (WCAG 1.4.12) at 320 px: nothing overflows sideways on any options page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 })
  for (const p of ['/options/', ...GOALS.map((g) => `/options/${g}/`)]) {
    await page.goto(p)
    await page.addStyleTag({
      content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
    })
    await noSidewaysScroll(page)
  }
})
