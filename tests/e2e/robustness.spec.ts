import { expect, test } from '@playwright/test'
import {
  allPagePaths,
  clippedText,
  HELP_HREF,
  helpHrefOf,
  uiOf,
  pageOverflow,
  printContrastFailures,
  setTheme,
  TEXT_SPACING_CSS,
  THEMES,
} from './helpers'

/**
 * Robustness of every page for phones, changed text spacing and print (issue 13). One page load
 * per page and check; the viewport, theme and media change in place.
 */
const paths = allPagePaths()

test('the robustness checks cover the sitemap and every tool page', () => {
  expect(paths).toEqual(expect.arrayContaining(['/', '/faq/', '/tools/cost-estimator/', '/tools/aftercare-sheet/', '/tools/consultation-checklist/']))
  expect(paths.length).toBeGreaterThanOrEqual(25)
})

for (const p of paths) {
  test.describe(`page ${p}`, () => {
    test('no sideways scrolling at 320 and 360 px, light and dark', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 })
      await page.goto(p)
      const problems: string[] = []
      for (const width of [320, 360]) {
        await page.setViewportSize({ width, height: 800 })
        for (const theme of THEMES) {
          await setTheme(page, theme)
          const o = await pageOverflow(page)
          if (o.scrollWidth > o.clientWidth) problems.push(`${width}px ${theme}: ${o.scrollWidth} > ${o.clientWidth} (${o.culprits.join('; ')})`)
        }
      }
      expect(problems).toEqual([])
    })

    test('text spacing (WCAG 1.4.12) clips no text at 360 and 1280 px, light and dark', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 })
      await page.goto(p)
      await page.addStyleTag({ content: TEXT_SPACING_CSS })
      const problems: string[] = []
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 800 })
        for (const theme of THEMES) {
          await setTheme(page, theme)
          for (const c of await clippedText(page)) problems.push(`${width}px ${theme}: ${c}`)
        }
        const o = await pageOverflow(page)
        if (o.scrollWidth > o.clientWidth) problems.push(`${width}px: page scrolls sideways ${o.scrollWidth} > ${o.clientWidth} (${o.culprits.join('; ')})`)
      }
      expect(problems).toEqual([])
    })

    test('prints every text at 4.5:1 or more on white, from light and dark', async ({ page }) => {
      await page.goto(p)
      await page.emulateMedia({ media: 'print' })
      const problems: string[] = []
      for (const theme of THEMES) {
        await setTheme(page, theme)
        for (const c of await printContrastFailures(page)) problems.push(`${theme}: ${c}`)
      }
      expect(problems).toEqual([])
    })

    test('"Unwell after treatment?" is on the first phone screen and in the footer, one tap from the help section', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 })
      await page.goto(p)
      const ui = uiOf(p)
      const href = helpHrefOf(p)
      const header = page.locator('header.site-header').getByRole('link', { name: ui.help.linkText, exact: false })
      await expect(header).toHaveAttribute('href', href)
      const box = await header.boundingBox()
      expect(box && box.y + box.height <= 800, 'header link on the first screen at 360×800').toBe(true)
      await expect(page.locator('footer .footer-urgent')).toContainText(ui.help.noFever)
      await expect(page.locator('footer').getByRole('link', { name: ui.help.more })).toHaveAttribute('href', href)
    })
  })
}

test('the help link leads to the help section of the aftercare page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  await page.goto('/articles/costs/')
  await page.locator('header.site-header').getByRole('link', { name: /^Unwell after treatment\?/ }).click()
  await expect(page).toHaveURL(new RegExp(`${HELP_HREF.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`))
  const heading = page.locator('#when-to-get-help-at-any-time')
  await expect(heading).toHaveText(/When to get help/)
  await expect(heading).toBeInViewport()
})

test('home page on a phone: the urgent box and the most-asked shortcuts start on the first screens', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  await page.goto('/')
  const urgent = page.locator('.callout-urgent').first()
  await expect(urgent).toContainText(/red, hot, painful, growing or pus-filled lump/)
  await expect(urgent).toContainText(/Do not wait for a fever/)
  await expect(urgent).toContainText(/weeks after/)
  await expect(urgent).not.toContainText(/fever with/)
  const top = (await urgent.boundingBox())?.y ?? Infinity
  expect(top, 'urgent box starts on the first screen').toBeLessThan(800)
  const asked = page.getByRole('navigation', { name: 'Most asked' })
  for (const name of [/Does it work\?/, /What does it cost\?/, /Is it safe\?/]) await expect(asked.getByRole('link', { name })).toBeVisible()
  expect((await asked.boundingBox())?.y ?? Infinity, 'shortcuts within two screens').toBeLessThan(1600)
  for (const href of ['/tools/cost-estimator/', '/tools/aftercare-sheet/', '/tools/consultation-checklist/']) {
    await expect(page.locator(`main a[href="${href}"]`)).toHaveCount(1)
  }
})

test('a citation marker stays on the line of the word before it', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 })
  await page.goto('/articles/cellulite/')
  const detached = await page.evaluate(() => {
    const bad: string[] = []
    for (const sup of document.querySelectorAll('main p sup.cite')) {
      const prev = sup.previousSibling
      if (!prev || prev.nodeType !== Node.TEXT_NODE || !/\S$/.test(prev.textContent ?? '')) continue
      const range = document.createRange()
      const len = prev.textContent?.length ?? 0
      range.setStart(prev, len - 1)
      range.setEnd(prev, len)
      const last = range.getBoundingClientRect()
      const mark = sup.getBoundingClientRect()
      if (mark.top > last.bottom - 2) bad.push(`${prev.textContent?.slice(-20)} → ${sup.textContent}`)
    }
    return bad
  })
  expect(detached).toEqual([])
})

test('callouts do not repeat their heading as a label, and self-care boxes are not called cautions', async ({ page }) => {
  await page.goto('/articles/risks-and-side-effects/')
  const repeats = await page.evaluate(() =>
    [...document.querySelectorAll('.callout')]
      .map((c) => [c.querySelector('.callout-heading span:last-child')?.textContent ?? '', c.querySelector('.callout-level')?.textContent ?? ''])
      .filter(([h = '', l = '']) => l && h.toLowerCase() === l.toLowerCase()),
  )
  expect(repeats).toEqual([])
  await expect(page.locator('.callout-caution .callout-level').first()).not.toHaveText(/take care/i)
})

test('back-links wrap and a much-cited source shows a few of them plus "more"', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 })
  await page.goto('/articles/where-sources-disagree/')
  const many = page.locator('.ref-list > li:has(.backlinks-all)').first()
  await expect(many).toBeAttached()
  const visible = many.locator('a.backlink:visible')
  expect(await visible.count()).toBeLessThanOrEqual(3)
  await many.locator('.backlinks-all').click()
  expect(await many.locator('a.backlink:visible').count()).toBeGreaterThan(3)
  const o = await pageOverflow(page)
  expect(o.scrollWidth).toBeLessThanOrEqual(o.clientWidth)
})

test('the FAQ page cites compactly: markers by number, no back-links, each answer lists its own sources', async ({ page }) => {
  await page.goto('/faq/')
  expect(await page.locator('.ref-list .backlinks').count()).toBe(0)
  const first = page.locator('a.cite-marker').first()
  await expect(first).toHaveAttribute('aria-label', /^Source \d+$/)
  await expect(page.locator('.ref-list > li').first()).toBeAttached()
  expect(await page.locator('.answer-sources').count()).toBe(await page.locator('details[data-faq]').count())
})

test('with text spacing at 320 px the header search box keeps a usable width', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 })
  await page.goto('/articles/cellulite/')
  await page.addStyleTag({ content: TEXT_SPACING_CSS })
  const width = await page.locator('header .header-search input').first().evaluate((el) => el.getBoundingClientRect().width)
  expect(width).toBeGreaterThanOrEqual(120)
})

test('tables: each has its own name, a phone cue for wide ones, and no empty header cell', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  for (const p of ['/articles/costs/', '/articles/fat-reduction/', '/articles/aftercare/']) {
    await page.goto(p)
    const names = await page.locator('.table-wrap[role="region"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
    expect(names.length, p).toBeGreaterThan(0)
    expect(new Set(names).size, `${p}: names are unique`).toBe(names.length)
    expect(await page.locator('.table-wrap th:empty').count(), p).toBe(0)
    const wide = page.locator('.table-figure[data-wide]').first()
    if (await wide.count()) await expect(wide.locator('.table-scroll-note')).toBeVisible()
  }
})
