/**
 * The benchmark's targets, checked against the measured pages, with the reason for every miss.
 * Headline targets (issue 12.5): Lighthouse mobile performance ≥ 99 on every page type; LCP at
 * most 1.1 × the LCP of the same page in the scriptless copy; TBT ≤ 50 ms. Secondary checks:
 * the other Lighthouse categories at 100, CLS 0, the article's own JS ≤ 10 KB gzip.
 */
import type { PageResult, Target } from './types'

export const TARGETS = { performance: 99, lcpRatio: 1.1, tbtMs: 50, ownJsArticleGzip: 10 * 1024 } as const

const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits

/** What the page ships that the scriptless copy does not, in one phrase. */
function scriptCost(p: PageResult): string {
  const w = p.weight
  if (!w) return ''
  const parts = [`${w.js.files.length} script file(s), ${KB(w.js.gzip)} gzip`]
  if (w.inlineScriptBytes) parts.push(`${KB(w.inlineScriptBytes)} raw of inline scripts in the HTML`)
  if (w.jsFramework?.gzip) parts.push(`of the JS ${KB(w.jsFramework.gzip)} gzip is React/Next runtime`)
  if (p.scriptless) parts.push(`HTML ${KB(w.html.gzip)} gzip vs ${KB(p.scriptless.html.gzip)} gzip scriptless`)
  return parts.join('; ')
}

export function checkTargets(pages: PageResult[]): Target[] {
  const targets: Target[] = []
  for (const p of pages) {
    if (!p.exported) {
      targets.push({ page: p.path, metric: 'page exists', target: 'HTTP 200', actual: `HTTP ${p.httpStatus ?? 404} (not exported)`, pass: false, primary: true, why: 'the page was not in the build output when the benchmark ran' })
      continue
    }
    for (const preset of ['mobile', 'desktop'] as const) {
      const lh = p.lighthouse?.[preset]
      if (!lh) {
        if (preset === 'mobile') targets.push({ page: p.path, preset, metric: 'Lighthouse', target: 'a result', actual: 'none', pass: false, primary: true, why: p.lighthouseError ?? 'Lighthouse failed' })
        continue
      }
      const d = lh.diagnostics
      const primary = preset === 'mobile'
      const add = (metric: string, target: string, actual: number, pass: boolean, unit: string, by: number, why?: string, isPrimary = false) =>
        targets.push({ page: p.path, preset, metric, target, actual: `${actual}${unit}`, pass, primary: isPrimary, ...(pass ? {} : { by: `${round(by, 4)}${unit}`, why }) })
      const perfWhy = [
        ...(lh.lost.performance ?? []).filter((l) => /metric score/.test(l)),
        d ? `main-thread work ${d.mainThreadMs} ms, JS boot-up ${d.jsBootupMs} ms, ${d.domElements} DOM elements` : '',
        scriptCost(p),
        d?.lcpElement ? `LCP element ${d.lcpElement}` : '',
        d?.layoutShifts.length ? `layout shift: ${d.layoutShifts.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ')
      add('Lighthouse performance', `≥ ${TARGETS.performance}`, lh.performance, lh.performance >= TARGETS.performance, '', TARGETS.performance - lh.performance, perfWhy, primary)
      add(
        'TBT',
        `≤ ${TARGETS.tbtMs} ms`,
        lh.tbtMs,
        lh.tbtMs <= TARGETS.tbtMs,
        ' ms',
        lh.tbtMs - TARGETS.tbtMs,
        d ? `main-thread work ${d.mainThreadMs} ms, JS boot-up ${d.jsBootupMs} ms; ${scriptCost(p)}` : undefined,
        primary,
      )
      const sl = p.scriptless?.lighthouse
      if (preset === 'mobile' && sl && p.lcpRatio !== undefined) {
        const blocking = d?.renderBlocking?.length ? `; render-blocking on the site: ${d.renderBlocking.join(', ')}` : ''
        const slBlocking = sl.diagnostics?.renderBlocking?.length ? `; on the scriptless copy: ${sl.diagnostics.renderBlocking.join(', ')}` : ''
        const insights = (lh.lost.performance ?? []).filter((l) => /render-blocking-insight|network-dependency|font-display|lcp-/.test(l)).join('; ')
        const why = `LCP ${lh.lcpMs} ms (FCP ${lh.fcpMs} ms) vs ${sl.lcpMs} ms (FCP ${sl.fcpMs} ms) scriptless${blocking}${slBlocking}; ${scriptCost(p)}${insights ? `; Lighthouse: ${insights}` : ''}${d?.lcpElement ? `; LCP element ${d.lcpElement}` : ''}`
        add('LCP ÷ scriptless LCP', `≤ ${TARGETS.lcpRatio}`, p.lcpRatio, p.lcpRatio <= TARGETS.lcpRatio, '', p.lcpRatio - TARGETS.lcpRatio, why, true)
      }
      add('Lighthouse accessibility', '100', lh.accessibility, lh.accessibility >= 100, '', 100 - lh.accessibility, (lh.lost.accessibility ?? []).join('; '))
      add('Lighthouse best practices', '100', lh.bestPractices, lh.bestPractices >= 100, '', 100 - lh.bestPractices, (lh.lost['best-practices'] ?? []).join('; '))
      add('Lighthouse SEO', '100', lh.seo, lh.seo >= 100, '', 100 - lh.seo, (lh.lost.seo ?? []).join('; '))
      const h = p.hydration?.[preset]
      const grew = h && h.headerPx[1] !== h.headerPx[0] ? `; at ${h.viewport} the header is ${h.headerPx[0]} px high with JavaScript off and ${h.headerPx[1]} px with it on, moving <main> from ${h.mainTopPx[0]} to ${h.mainTopPx[1]} px` : ''
      add('CLS', '0', lh.cls, lh.cls < 0.0005, '', lh.cls, d?.layoutShifts.length ? `shifted: ${d.layoutShifts.join(', ')}${grew}` : undefined)
    }
    if (p.type === 'article' && p.weight?.jsOwn) {
      const own = p.weight.jsOwn
      const pass = own.gzip <= TARGETS.ownJsArticleGzip
      targets.push({
        page: p.path,
        metric: 'own JS (gzip)',
        target: `≤ ${KB(TARGETS.ownJsArticleGzip)}`,
        actual: KB(own.gzip),
        pass,
        ...(pass ? {} : { by: KB(own.gzip - TARGETS.ownJsArticleGzip), why: `components: ${own.components.join(', ')}` }),
      })
    }
  }
  return targets
}
