/**
 * The islands on every page, at phone widths, in both themes: the header search results and the
 * citation previews stay inside the screen, focus is never hidden under them (WCAG 2.4.11), and
 * without JavaScript nothing that cannot work is shown. Also: the theme never flashes, the layout
 * never shifts, and the JavaScript stays within its byte budgets.
 * (Page-wide reflow, text spacing and print are checked in robustness.spec.ts.)
 */
import zlib from 'node:zlib'
import { expect, test, type Page, type Response } from '@playwright/test'
import { getIslandText, localeOfPath } from '@/lib/content'
import { sitemapPaths } from './helpers'

const TOOL_PAGES = ['/tools/', '/tools/cost-estimator/', '/tools/consultation-checklist/', '/tools/aftercare-sheet/']
const PAGES = [...new Set([...sitemapPaths(), ...TOOL_PAGES])]
const WIDTHS = [320, 360] as const
/** The language of a page (its path prefix). */
/** The header search box's name in the language of a page. */
const searchLabel = (path: string) => getIslandText(localeOfPath(path).code).headerSearch.label
const THEMES = ['light', 'dark'] as const

/** The focused element is entirely covered by an open results panel, preview or sticky bar it is not part of. */
async function focusHidden(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return null
    const r = el.getBoundingClientRect()
    if (!r.width || !r.height) return null
    const overlays = [...document.querySelectorAll<HTMLElement>('.header-results:not([hidden]), .cite-preview:popover-open, .estimate-mini')]
    for (const o of overlays) {
      if (o.contains(el) || getComputedStyle(o).display === 'none') continue
      const b = o.getBoundingClientRect()
      if (r.left >= b.left && r.right <= b.right && r.top >= b.top && r.bottom <= b.bottom) {
        return `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" is under ${o.className}`
      }
    }
    return null
  })
}

/** Boxes that stick out of the viewport sideways (px), by description. */
async function outside(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const vw = document.documentElement.clientWidth
    return [...document.querySelectorAll<HTMLElement>(sel)]
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.left < -0.5 || r.right > vw + 0.5))
      .map(({ el, r }) => `${el.className || el.tagName} "${(el.textContent ?? '').trim().slice(0, 30)}" at ${Math.round(r.left)}–${Math.round(r.right)} of ${vw}`)
  }, selector)
}

async function chooseTheme(page: Page, theme: (typeof THEMES)[number]) {
  await page.addInitScript((t) => {
    try {
      localStorage.setItem('theme', t)
    } catch {
      /* ignore */
    }
  }, theme)
}

for (const width of WIDTHS) {
  test.describe(`islands at ${width} px`, () => {
    test.use({ viewport: { width, height: 740 }, hasTouch: true })

    for (const path of PAGES) {
      test(`${path}: header search results and citation previews stay on screen and never hide focus`, async ({ page }) => {
        test.setTimeout(180_000)
        for (const theme of THEMES) {
          await chooseTheme(page, theme)
          await page.goto(path)
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
          await page.locator('form.header-search[data-ready]').waitFor({ state: 'attached' })

          // Header search, open and showing results.
          const before = await page.evaluate(() => document.documentElement.scrollWidth)
          const box = page.getByRole('searchbox', { name: searchLabel(path), exact: true })
          const boxSize = await box.boundingBox()
          expect(boxSize?.width ?? 0, `${theme}: the search box is usable`).toBeGreaterThanOrEqual(width * 0.5)
          // A symptom word in every language: warning answers and sections fill the panel.
          await box.fill('infection')
          const panel = page.locator('#site-search-results')
          await expect(panel).toBeVisible()
          await expect(panel.getByRole('link').first()).toBeVisible()
          expect(await outside(page, '#site-search-results, #site-search-results a.search-hit'), `${theme}: results inside the viewport`).toEqual([])
          const vertical = await panel.evaluate((el) => {
            const r = el.getBoundingClientRect()
            return r.top >= 0 && r.bottom <= window.innerHeight + 0.5
          })
          expect(vertical, `${theme}: the panel fits the screen height`).toBe(true)
          const sideways = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, vw: document.documentElement.clientWidth, header: document.querySelector('.site-header')?.scrollWidth ?? 0 }))
          expect(sideways.doc, `${theme}: opening the results adds no sideways scrolling`).toBeLessThanOrEqual(Math.max(before, sideways.vw))
          expect(sideways.header, `${theme}: the header never scrolls sideways`).toBeLessThanOrEqual(sideways.vw)

          // Keyboard through the results and out: focus is never under the panel.
          await box.press('ArrowDown')
          const n = await panel.getByRole('link').count()
          for (let i = 0; i < n + 2; i++) {
            expect(await focusHidden(page), `${theme}: Tab ${i}`).toBeNull()
            await page.keyboard.press('Tab')
          }
          expect(await focusHidden(page)).toBeNull()
          await expect(panel).toBeHidden()

          // Citation previews (pages that have them): first, middle and last visible marker. On the
          // FAQ, markers sit in closed answers, so open the first, a middle and the last answer.
          if (!(await page.locator('[data-island="cite-preview"]').count())) continue
          await page.evaluate(() =>
            document.querySelectorAll<HTMLDetailsElement>('details[data-faq]').forEach((d, i, all) => {
              if (i === 0 || i === Math.floor(all.length / 2) || i === all.length - 1) d.open = true
            }),
          )
          const markers = page.locator('a.cite-marker:visible')
          const count = await markers.count()
          if (count === 0) continue
          await page.locator('html[data-cite-preview="ready"]').waitFor({ state: 'attached' })
          for (const i of [...new Set([0, Math.floor(count / 2), count - 1])]) {
            const marker = markers.nth(i)
            await marker.scrollIntoViewIfNeeded()
            await marker.tap()
            const preview = page.locator('.cite-preview:popover-open')
            await expect(preview).toBeVisible()
            const fits = await preview.evaluate((el) => {
              const r = el.getBoundingClientRect()
              const vw = document.documentElement.clientWidth
              return r.left >= 0 && r.right <= vw + 0.5 && r.top >= 0 && r.bottom <= window.innerHeight + 0.5
            })
            expect(fits, `${theme}: preview of marker ${i} inside the viewport`).toBe(true)
            // Tab through the preview: focus stays visible and leaves with the preview closed.
            for (let k = 0; k < 8 && (await preview.count()); k++) {
              expect(await focusHidden(page), `${theme}: marker ${i}, Tab ${k}`).toBeNull()
              await page.keyboard.press('Tab')
            }
            await expect(page.locator('.cite-preview:popover-open')).toHaveCount(0)
            expect(await focusHidden(page)).toBeNull()
          }
        }
      })
    }
  })
}

test('B1: the header results lie inside the viewport at every width from 320 to 1280 px', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('/articles/cellulite/')
  await page.locator('form.header-search[data-ready]').waitFor({ state: 'attached' })
  const box = page.getByRole('searchbox', { name: 'Search questions and articles' })
  for (const width of [320, 390, 414, 480, 600, 640, 641, 700, 768, 1024, 1280]) {
    await page.setViewportSize({ width, height: 800 })
    await box.fill('')
    await box.fill('red hot lump')
    await expect(page.locator('#site-search-results')).toBeVisible()
    expect(await outside(page, '#site-search-results, #site-search-results a.search-hit'), `${width} px`).toEqual([])
    const w = await box.evaluate((el) => el.getBoundingClientRect().width)
    expect(w, `${width} px: search box width`).toBeGreaterThanOrEqual(Math.min(180, width * 0.5))
    await box.press('Escape')
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } })

  for (const path of PAGES) {
    test(`${path}: every control that cannot work is hidden or explained`, async ({ page }) => {
      await page.goto(path)
      const shown = await page.evaluate(() => {
        const visible = (el: Element) => {
          const r = el.getBoundingClientRect()
          return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'
        }
        const problems: string[] = []
        // Islands that need JavaScript (everything but the header search form, which submits to /faq/).
        for (const el of document.querySelectorAll('[data-island]:not([data-island="header-search"]):not([data-island="cite-preview"])')) {
          if (visible(el)) problems.push(`island ${el.getAttribute('data-island')} is shown`)
        }
        for (const el of document.querySelectorAll('input:disabled, button:disabled, select:disabled, textarea:disabled')) {
          if (visible(el)) problems.push(`a switched-off ${el.tagName.toLowerCase()} is shown`)
        }
        for (const el of document.querySelectorAll('button:not([type="submit"])')) {
          if (visible(el) && !el.closest('form[action]')) problems.push(`button "${(el.textContent ?? '').trim()}" does nothing without JavaScript`)
        }
        return problems
      })
      expect(shown).toEqual([])
      // The header search goes somewhere useful: the FAQ page in the page's language.
      await expect(page.locator('form.header-search')).toHaveAttribute('action', `${localeOfPath(path).prefix}/faq/`)
    })
  }

  test('/faq/ explains how to search without JavaScript', async ({ page }) => {
    await page.goto('/faq/?q=pregnant')
    expect(await page.content()).toMatch(/<noscript>[^]*Searching this page needs JavaScript[^]*Find in page[^]*<\/noscript>/)
  })

  for (const slug of ['does-mesotherapy-work-for-hair-loss', 'can-infection-show-up-weeks-later', 'when-to-call-a-doctor-after-mesotherapy']) {
    test(`/faq/#${slug} opens that answer`, async ({ page }) => {
      await page.goto(`/faq/#${slug}`)
      const item = page.locator(`details:has(> [id="${slug}"])`)
      await expect(item).toHaveAttribute('open', '')
      await expect(item.locator('.faq-answer')).toBeVisible()
      await expect(item.locator('summary')).toBeInViewport()
    })
  }

  test('a dark system preference gives the dark theme (m14)', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' })
    const page = await context.newPage()
    await page.goto('/articles/aftercare/')
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
    expect(bg).toBe('rgb(18, 22, 27)')
    await expect(page.locator('.theme-toggle')).toBeHidden()
    await context.close()
  })
})

test.describe('theme', () => {
  test('the switch is a labelled toggle with a moon, not a sun (m10)', async ({ page }) => {
    await page.goto('/')
    const toggle = page.getByRole('button', { name: 'Dark mode' })
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await expect(toggle).toContainText('☾')
    await expect(toggle).not.toContainText('☀')
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  })

  test('a dark choice persists across pages with no light frame and no layout shift', async ({ page }) => {
    // Records the theme at the moment <body> first exists: it must already be dark, so no light frame can be painted.
    await page.addInitScript(() => {
      const w = window as unknown as { __themeAtBody?: string }
      new MutationObserver((_, obs) => {
        if (document.body) {
          w.__themeAtBody = document.documentElement.dataset.theme ?? 'none'
          obs.disconnect()
        }
      }).observe(document, { childList: true, subtree: true })
    })
    await page.goto('/')
    await page.getByRole('button', { name: 'Dark mode' }).click()
    for (const path of ['/articles/aftercare/', '/faq/', '/tools/cost-estimator/', '/']) {
      await page.goto(path)
      expect(await page.evaluate(() => (window as unknown as { __themeAtBody?: string }).__themeAtBody), path).toBe('dark')
      await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true')
      const cls = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let sum = 0
            new PerformanceObserver((list) => {
              for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) sum += e.value
            }).observe({ type: 'layout-shift', buffered: true })
            setTimeout(() => resolve(sum), 500)
          }),
      )
      expect(cls, `${path}: cumulative layout shift`).toBe(0)
    }
  })

  test('without a saved choice the system preference applies, and a light page stays light', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' })
    const page = await context.newPage()
    await page.goto('/faq/')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await page.getByRole('button', { name: 'Dark mode' }).click()
    await page.goto('/about/')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
    await context.close()
  })
})

test.describe('JavaScript budgets (gzip, first load)', () => {
  const gz = (b: Buffer) => zlib.gzipSync(b, { level: 9 }).length

  /** Gzip bytes of every script the page loads (and, with `json`, the search index fetched). */
  async function scriptBytes(page: Page, load: () => Promise<unknown>, json = false): Promise<{ total: number; files: string[] }> {
    const seen: Promise<{ url: string; size: number }>[] = []
    const onResponse = (r: Response) => {
      const type = r.request().resourceType()
      if (type === 'script' || (json && (type === 'fetch' || type === 'xhr'))) seen.push(r.body().then((b) => ({ url: new URL(r.url()).pathname, size: gz(b) })))
    }
    page.on('response', onResponse)
    await load()
    await page.waitForLoadState('networkidle')
    page.off('response', onResponse)
    const all = await Promise.all(seen)
    return { total: all.reduce((s, f) => s + f.size, 0), files: all.map((f) => `${f.url} ${f.size}`) }
  }

  const BUDGETS: [string, string, number][] = [
    ['home', '/', 5 * 1024],
    ['article', '/articles/risks-and-side-effects/', 5 * 1024],
    ['FAQ before the first search', '/faq/', 8 * 1024],
    ['estimator', '/tools/cost-estimator/', 12 * 1024],
  ]
  for (const [name, path, budget] of BUDGETS) {
    test(`${name} loads at most ${budget / 1024} KB of JavaScript`, async ({ page }) => {
      const { total, files } = await scriptBytes(page, () => page.goto(path))
      console.log(`JS gzip ${name} (${path}): ${total} B — ${files.join(', ')}`)
      expect(total, files.join('\n')).toBeLessThanOrEqual(budget)
      expect(files.some((f) => /react|next|turbopack/i.test(f)), 'no React or Next.js runtime').toBe(false)
    })
  }

  for (const [name, path, which] of [
    ['FAQ search', '/faq/', 'Search the questions'],
    ['header search', '/articles/aftercare/', 'Search questions and articles'],
  ] as const) {
    test(`${name}: code and index on first use stay within 30 KB, and load only then`, async ({ page }) => {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
      const box = page.getByRole('searchbox', { name: which })
      const { total, files } = await scriptBytes(
        page,
        async () => {
          await box.fill('bruising')
          await expect(page.locator('a.search-hit').first()).toBeVisible()
        },
        true,
      )
      console.log(`JS gzip ${name} first use: ${total} B — ${files.join(', ')}`)
      expect(files.some((f) => f.startsWith('/search/')), 'the index loads on first use').toBe(true)
      expect(total, files.join('\n')).toBeLessThanOrEqual(30 * 1024)
    })
  }
})
