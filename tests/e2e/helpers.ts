import fs from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { getContent, localeOfPath } from '@/lib/content'
import { localizeHref } from '@/lib/content/links'

/** Paths of every page in the exported sitemap. */
export function sitemapPaths(): string[] {
  const xml = fs.readFileSync(path.join(process.cwd(), 'out', 'sitemap.xml'), 'utf8')
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname)
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export async function axeViolations(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)
}

/** Collects console errors and failed requests while a page is used. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`))
  return errors
}

/** Every page to check for robustness: the sitemap plus every tool page in the export. */
export function allPagePaths(): string[] {
  const tools = fs
    .readdirSync(path.join(process.cwd(), 'out', 'tools'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(process.cwd(), 'out', 'tools', d.name, 'index.html')))
    .map((d) => `/tools/${d.name}/`)
  return [...new Set([...sitemapPaths(), '/tools/', ...tools])]
}

export type Theme = 'light' | 'dark'
export const THEMES: readonly Theme[] = ['light', 'dark']

/** Switches the theme the way the theme script does (data-theme on <html>). */
export async function setTheme(page: Page, theme: Theme) {
  await page.evaluate((t) => {
    document.documentElement.dataset.theme = t
  }, theme)
}

/** WCAG 1.4.12 text spacing, as a bookmarklet or user style sheet would apply it. */
export const TEXT_SPACING_CSS =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }'

/** Sideways overflow of the page: the widths and the widest elements that stick out. */
export async function pageOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement
    const vw = root.clientWidth
    const culprits: string[] = []
    if (root.scrollWidth > vw) {
      for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
        const r = el.getBoundingClientRect()
        if (r.width === 0 || r.right <= vw + 1) continue
        // Report only the outermost offender (skip elements whose parent already sticks out).
        const pr = el.parentElement?.getBoundingClientRect()
        if (pr && pr.right > vw + 1) continue
        // Content that scrolls inside its own box (a table wrapper) is allowed.
        let scroller = false
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= vw + 1) scroller = true
        }
        if (scroller) continue
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`
        culprits.push(`${name} right=${Math.round(r.right)}`)
        if (culprits.length >= 5) break
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: vw, culprits }
  })
}

/**
 * Text that is cut off: HTML elements with overflow hidden or clip whose content is larger than
 * their box (visually hidden text is skipped), and SVG <text> whose box leaves its drawing.
 */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el instanceof SVGElement) continue
      const cs = getComputedStyle(el)
      const clipsX = cs.overflowX === 'hidden' || cs.overflowX === 'clip'
      const clipsY = cs.overflowY === 'hidden' || cs.overflowY === 'clip'
      if (!clipsX && !clipsY) continue
      if (el.clientWidth <= 2 || el.clientHeight <= 2) continue // visually hidden (sr-only) or collapsed
      if (!el.checkVisibility()) continue
      if (!(el.innerText ?? '').trim()) continue
      const overX = clipsX && el.scrollWidth > el.clientWidth + 1
      const overY = clipsY && el.scrollHeight > el.clientHeight + 1
      if (overX || overY) out.push(`${describe(el)}: content ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`)
    }
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg')) {
      const box = svg.getBoundingClientRect()
      if (box.width === 0 || !svg.checkVisibility()) continue
      const vb = svg.viewBox.baseVal
      const view = vb && vb.width > 0 ? vb : { x: 0, y: 0, width: box.width, height: box.height }
      for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
        if (!t.textContent?.trim()) continue
        const b = t.getBBox()
        const tol = 0.5
        if (b.x < view.x - tol || b.y < view.y - tol || b.x + b.width > view.x + view.width + tol || b.y + b.height > view.y + view.height + tol) {
          out.push(
            `${describe(svg)} text "${t.textContent.trim().slice(0, 60)}": box ${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)} outside ${view.width}×${view.height}`,
          )
        }
      }
    }
    return out
  })
}

/**
 * Under print emulation: visible text whose colour is below 4.5:1 against what it prints on.
 * Backgrounds print only where print-color-adjust is exact, so every other fill counts as white.
 */
export async function printContrastFailures(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 1
    const ctx = canvas.getContext('2d', { willReadFrequently: true })
    if (!ctx) throw new Error('no canvas')
    /** Any CSS colour to [r, g, b, a] (0–255, a 0–1), via the canvas (handles oklch, color-mix…). */
    const rgba = (css: string): [number, number, number, number] => {
      ctx.clearRect(0, 0, 1, 1)
      ctx.fillStyle = '#000'
      ctx.fillStyle = css
      ctx.fillRect(0, 0, 1, 1)
      const [r = 0, g = 0, b = 0, a = 0] = ctx.getImageData(0, 0, 1, 1).data
      return a === 0 ? [0, 0, 0, 0] : [r / (a / 255), g / (a / 255), b / (a / 255), a / 255]
    }
    const over = (top: [number, number, number, number], under: [number, number, number]): [number, number, number] => [
      top[0] * top[3] + under[0] * (1 - top[3]),
      top[1] * top[3] + under[1] * (1 - top[3]),
      top[2] * top[3] + under[2] * (1 - top[3]),
    ]
    const lum = ([r, g, b]: [number, number, number]) => {
      const f = (c: number) => {
        const s = c / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      }
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b)
    }
    const ratio = (a: [number, number, number], b: [number, number, number]) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number]
      return (hi + 0.05) / (lo + 0.05)
    }
    /** The printed background behind an element: kept fills of its ancestors over white paper. */
    const printedBg = (el: Element): [number, number, number] => {
      const chain: Element[] = []
      for (let e: Element | null = el; e; e = e.parentElement) chain.push(e)
      let bg: [number, number, number] = [255, 255, 255]
      for (const e of chain.reverse()) {
        const cs = getComputedStyle(e)
        const kept = cs.printColorAdjust === 'exact' || (cs as unknown as { webkitPrintColorAdjust?: string }).webkitPrintColorAdjust === 'exact'
        if (!kept) continue
        const c = rgba(cs.backgroundColor)
        if (c[3] > 0) bg = over(c, bg)
      }
      return bg
    }
    const out: string[] = []
    const seen = new Set<string>()
    for (const el of document.body.querySelectorAll('*')) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())
      if (!ownText) continue
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue
      const r = el.getBoundingClientRect()
      if (r.width <= 1 || r.height <= 1) continue // visually hidden
      const cs = getComputedStyle(el)
      const isSvgText = el instanceof SVGElement
      const fg = rgba(isSvgText ? cs.fill : cs.color)
      if (isSvgText && fg[3] === 0) continue
      const bg = printedBg(el)
      const colour = over(fg, bg)
      const cr = ratio(colour, bg)
      if (cr < 4.5) {
        const text = [...el.childNodes].map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : '')).join('').trim().slice(0, 40)
        const key = `${el.tagName}|${el.className}|${text}`
        if (seen.has(key)) continue
        seen.add(key)
        out.push(`${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '').split(' ').join('.')} "${text}": ${cr.toFixed(2)}:1 (${colour.map(Math.round).join(',')} on ${bg.map(Math.round).join(',')})`)
      }
    }
    return out
  })
}

/** The header and footer link to "when to get help" (a stable heading on the aftercare page). */
export const HELP_HREF = '/articles/aftercare/#when-to-get-help-at-any-time'

export { localeOfPath }

/** The interface words of the page at this path. */
export function uiOf(p: string) {
  return getContent(localeOfPath(p).code).ui
}

/** Where the urgent-help link of a page in this path's language leads. */
export function helpHrefOf(p: string): string {
  return localizeHref(localeOfPath(p).code, HELP_HREF)
}
