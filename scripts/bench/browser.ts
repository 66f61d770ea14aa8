/** Network counts from a fresh Chromium load, and what the search box fetches on first use. */
import { chromium, type Browser, type Request } from '@playwright/test'
import { CHROME_FLAGS, CHROMIUM_PATH } from '../chromium'

export interface LoadCount {
  /** Requests issued up to the load event (document, CSS, JS, font, icon). */
  atLoad: number
  /** All requests once the network is idle (adds Next's link prefetches). */
  afterIdle: number
  /** Bytes on the wire (encoded bodies + headers) after network idle. */
  transferBytes: number
  byType: Record<string, number>
}

export interface SearchFetch {
  url: string
  type: string
  encodedBytes: number
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROME_FLAGS })
}

async function wireBytes(r: Request): Promise<number> {
  try {
    const s = await r.sizes()
    return s.responseBodySize + s.responseHeadersSize
  } catch {
    return 0
  }
}

export async function countRequests(browser: Browser, url: string): Promise<LoadCount> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const requests: Request[] = []
  let atLoad = -1
  page.on('request', (r) => requests.push(r))
  page.on('load', () => {
    atLoad = requests.length
  })
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForLoadState('networkidle')
  const byType: Record<string, number> = {}
  for (const r of requests) byType[r.resourceType()] = (byType[r.resourceType()] ?? 0) + 1
  const bytes = (await Promise.all(requests.map(wireBytes))).reduce((a, b) => a + b, 0)
  await context.close()
  return { atLoad: atLoad < 0 ? requests.length : atLoad, afterIdle: requests.length, transferBytes: bytes, byType }
}

/** Focuses the header search on `url`, types a query, and lists what that fetched. */
export async function searchFetches(browser: Browser, url: string, query = 'pain'): Promise<SearchFetch[]> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForLoadState('networkidle')
  const fetched: Request[] = []
  page.on('requestfinished', (r) => fetched.push(r))
  const box = page.getByRole('banner').getByRole('searchbox').or(page.getByRole('banner').getByPlaceholder('Search')).first()
  await box.click()
  await box.pressSequentially(query, { delay: 50 })
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(300)
  const out = await Promise.all(fetched.map(async (r) => ({ url: new URL(r.url()).pathname, type: r.resourceType(), encodedBytes: (await r.sizes()).responseBodySize })))
  await context.close()
  return out
}

export interface HydrationShift {
  viewport: string
  /** Height of the page's first <header> before JavaScript runs (JS disabled) and after hydration. */
  headerPx: [number, number]
  /** Top of <main> before and after. */
  mainTopPx: [number, number]
}

/** Compares the server-rendered layout (JavaScript off) with the hydrated one, at a viewport. */
export async function hydrationShift(browser: Browser, url: string, width: number, height: number): Promise<HydrationShift> {
  const measureWith = async (javaScriptEnabled: boolean) => {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height } })
    const page = await context.newPage()
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForLoadState('networkidle')
    const box = await page.evaluate(() => ({
      header: Math.round(document.querySelector('header')?.getBoundingClientRect().height ?? 0),
      main: Math.round(document.querySelector('main')?.getBoundingClientRect().top ?? 0),
    }))
    await context.close()
    return box
  }
  const before = await measureWith(false)
  const after = await measureWith(true)
  return { viewport: `${width}×${height}`, headerPx: [before.header, after.header], mainTopPx: [before.main, after.main] }
}
