import fs from 'node:fs'
import path from 'node:path'
import { createElement, type FunctionComponent } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import YAML from 'yaml'
import { describe, expect, it } from 'vitest'
import type { Content } from '@/lib/content'
import { priceSchema, sourceSchema, siteConfigSchema, type Price, type Source } from '@/lib/content/schema'
import { createCitationScope, pageCitations, type CitationScope } from '@/lib/citations/scope'
import { diagramSources } from '@/lib/content/diagram-sources'
import { pageComponents } from '@/components/mdx/page-components'
import { SkinDepthDiagram } from '@/components/diagram/skin-depth-diagram'
import { CourseScheduleDiagram } from '@/components/diagram/course-schedule-diagram'
import { AftercareTimelineDiagram } from '@/components/diagram/aftercare-timeline-diagram'
import { EvidenceByUseDiagram } from '@/components/diagram/evidence-by-use-diagram'
import { CostRangeChart } from '@/components/diagram/cost-range-chart'
import { MIN_FONT, NARROW_WIDTH, WIDE_WIDTH } from '@/components/diagram/svg-kit'
import { SKIN_COLUMNS, SKIN_SCALE_MAX_MM } from '@/components/diagram/skin-depth-data'
import { EVIDENCE_ROWS } from '@/components/diagram/evidence-by-use-data'
import { costChartCitations, niceScale, priceGroups } from '@/components/diagram/cost-data'

const ROOT = path.resolve(__dirname, '../../../content')

/** Sources and prices straight from the YAML files (independent of the articles' state). */
function loadContent(): Content {
  const dir = path.join(ROOT, 'sources')
  const files = ['sources.yaml', ...(fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => `sources/${f}`) : [])]
  const sources = files.flatMap((f) => ((YAML.parse(fs.readFileSync(path.join(ROOT, f), 'utf8')) ?? []) as unknown[]).map((s) => sourceSchema.parse(s)))
  const prices = (YAML.parse(fs.readFileSync(path.join(ROOT, 'prices.yaml'), 'utf8')) as unknown[]).map((p) => priceSchema.parse(p))
  return {
    locale: { code: 'en', lang: 'en-GB', name: 'English', dir: '.', prefix: '', default: true, readability: 'flesch-kincaid' },
    translations: [],
    untranslated: [],
    ui: YAML.parse(fs.readFileSync(path.join(ROOT, 'ui.yaml'), 'utf8')) as Content['ui'],
    articles: [],
    faqs: [],
    sources,
    sourceById: new Map<string, Source>(sources.map((s) => [s.id, s])),
    disagreements: new Map(),
    glossary: [],
    prices,
    citedBy: new Map(),
    site: siteConfigSchema.parse(YAML.parse(fs.readFileSync(path.join(ROOT, 'site.yaml'), 'utf8'))),
    people: [],
  }
}

const content = loadContent()
const lists = diagramSources(content.prices)

type DiagramProps = { content: Content; scope: CitationScope }
const DIAGRAMS: Record<string, { component: FunctionComponent<DiagramProps>; page: string }> = {
  SkinDepthDiagram: { component: SkinDepthDiagram, page: 'how-it-works' },
  CourseScheduleDiagram: { component: CourseScheduleDiagram, page: 'procedure' },
  AftercareTimelineDiagram: { component: AftercareTimelineDiagram, page: 'aftercare' },
  EvidenceByUseDiagram: { component: EvidenceByUseDiagram, page: 'evidence-and-regulation' },
  CostRangeChart: { component: CostRangeChart, page: 'costs' },
}

/** Renders a diagram with a scope whose numbering is the diagram's own list; records the marker order. */
function render(name: string, priceList: readonly Price[] = content.prices) {
  const ids = diagramSources(priceList)[name] ?? []
  const scope = createCitationScope(pageCitations(ids))
  const rendered: string[] = []
  const recording: CitationScope = {
    ...scope,
    numberOf: (id) => scope.numberOf(id),
    nextOccurrence: (id) => {
      rendered.push(id)
      return scope.nextOccurrence(id)
    },
  }
  const Comp = DIAGRAMS[name]!.component
  const html = renderToStaticMarkup(createElement(Comp, { content: { ...content, prices: [...priceList] }, scope: recording }))
  return { html, rendered, ids }
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]

describe('diagramSources()', () => {
  it('lists every diagram, and nothing else', () => {
    expect(Object.keys(lists).sort()).toEqual(Object.keys(DIAGRAMS).sort())
  })

  it.each(Object.entries(lists))('%s cites only ids that exist in content/sources.yaml', (_name, ids) => {
    expect(ids.length).toBeGreaterThan(0)
    for (const id of ids) expect(content.sourceById.has(id), `unknown source id "${id}"`).toBe(true)
  })

  it('every listed diagram is available to MDX as a page-bound component', () => {
    const scope = createCitationScope(pageCitations([]))
    const components = pageComponents(content, scope)
    for (const name of Object.keys(lists)) expect(components, name).toHaveProperty(name)
  })
})

describe.each(Object.keys(DIAGRAMS))('%s', (name) => {
  const { html, rendered, ids } = render(name)

  it('is a figure with a visible title and a caption', () => {
    expect(html).toMatch(/^<figure class="diagram[^"]*"/)
    expect(html).toMatch(/<p class="diagram-title"[^>]*>[^<]{10,}<\/p>/)
    const caption = /<figcaption class="diagram-caption">([\s\S]*)<\/figcaption>/.exec(html)?.[1] ?? ''
    expect(caption.replace(/<[^>]+>/g, '').trim().length).toBeGreaterThan(40)
  })

  it('has drawings with role="img" named by their own <title> and <desc>', () => {
    const svgs = html.match(/<svg[^>]*>[\s\S]*?<\/svg>/g) ?? []
    expect(svgs.length).toBeGreaterThanOrEqual(1)
    const visibleTitle = /<p class="diagram-title"[^>]*>([^<]*)<\/p>/.exec(html)?.[1]
    for (const svg of svgs) {
      const open = /<svg[^>]*>/.exec(svg)?.[0] ?? ''
      expect(attr(open, 'role')).toBe('img')
      const [titleId, descId] = (attr(open, 'aria-labelledby') ?? '').split(' ')
      const title = new RegExp(`<title id="${titleId}">([^<]+)</title>`).exec(svg)?.[1]
      const desc = new RegExp(`<desc id="${descId}">([^<]+)</desc>`).exec(svg)?.[1]
      expect(title).toBe(visibleTitle)
      expect(desc?.length ?? 0).toBeGreaterThan(120)
      expect(attr(open, 'viewBox')).toMatch(/^0 0 \d+ \d+$/)
    }
  })

  it('renders its caption citations in the order diagramSources() lists them', () => {
    expect(rendered).toEqual(ids)
    const markers = html.match(/class="cite-marker"/g) ?? []
    expect(markers.length).toBe(ids.length)
    // Citations live in the caption, not in the drawings.
    const svgs = (html.match(/<svg[\s\S]*?<\/svg>/g) ?? []).join('')
    expect(svgs).not.toContain('cite-marker')
  })

  it('keeps text legible at phone width (no text below the minimum size)', () => {
    const sizes = [...html.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]))
    expect(sizes.length).toBeGreaterThan(0)
    for (const s of sizes) expect(s).toBeGreaterThanOrEqual(MIN_FONT)
    // Narrow drawings are at most 320 units wide, so 15-unit text stays >= 12.75 px in a 272 px wide figure.
    for (const open of html.match(/<svg[^>]*>/g) ?? []) {
      const width = Number((attr(open, 'viewBox') ?? '').split(' ')[2])
      const cls = attr(open, 'class') ?? ''
      if (cls.includes('diagram-narrow') || cls.includes('diagram-single')) expect(width).toBeLessThanOrEqual(NARROW_WIDTH)
      if (cls.includes('diagram-wide')) expect(width).toBeLessThanOrEqual(WIDE_WIDTH)
    }
  })

  it('uses no hard-coded colours in the drawing (theme classes and currentColor only)', () => {
    const svgs = (html.match(/<svg[\s\S]*?<\/svg>/g) ?? []).join('')
    expect(svgs).not.toMatch(/(fill|stroke|stop-color|color)="(#|rgb|black|white)/i)
  })

  it(`is placed once in the ${DIAGRAMS[name]!.page} article`, () => {
    const articles = fs.readdirSync(path.join(ROOT, 'articles')).filter((f) => f.endsWith('.mdx'))
    const places = articles.flatMap((f) => {
      const n = fs.readFileSync(path.join(ROOT, 'articles', f), 'utf8').split(`<${name} />`).length - 1
      return Array.from({ length: n }, () => f.replace(/\.mdx$/, ''))
    })
    expect(places).toEqual([DIAGRAMS[name]!.page])
  })
})

describe('SkinDepthDiagram data', () => {
  it('draws only the needle figures the sources give, within the scale', () => {
    const mm = SKIN_COLUMNS.flatMap((c) => c.mm)
    expect(new Set(mm)).toEqual(new Set([4, 6, 8, 13]))
    expect(Math.max(...mm)).toBeLessThanOrEqual(SKIN_SCALE_MAX_MM)
  })
  it('says the layers are not to scale (no source gives their thickness)', () => {
    expect(render('SkinDepthDiagram').html).toContain('Layer thicknesses are typical, not to scale')
  })
})

describe('EvidenceByUseDiagram data', () => {
  it('shows the evidence label text and the dot mark for every use', () => {
    const { html } = render('EvidenceByUseDiagram')
    for (const r of EVIDENCE_ROWS) expect(html).toContain(r.use)
    expect(html).toContain('Some evidence')
    expect(html).toContain('Contradicted')
    expect(html).toContain('No good evidence')
  })
})

describe('CostRangeChart', () => {
  it('groups prices by currency, each group with its own scale', () => {
    const { html } = render('CostRangeChart')
    for (const g of priceGroups(content.prices)) expect(html).toContain(`(${g.currency})`)
    expect(html).toContain('own scale')
  })

  it('cites each source once, in group order', () => {
    const dup: Price[] = [
      { id: 'a', source: 'seed004', country: 'France', currency: 'EUR', low: 40, high: 70, label: 'Test price in euros one' },
      { id: 'b', source: 'sivagnanam2010', country: 'US', currency: 'USD', low: 200, high: 600, year: 2010, label: 'Test price in dollars' },
      { id: 'c', source: 'seed004', country: 'France', currency: 'EUR', low: 90, high: 90, label: 'Test price in euros two' },
    ]
    expect(costChartCitations(dup)).toEqual(['seed004', 'sivagnanam2010'])
    const { rendered } = render('CostRangeChart', dup)
    expect(rendered).toEqual(['seed004', 'sivagnanam2010'])
  })

  it('renders nothing without prices', () => {
    expect(render('CostRangeChart', []).html).toBe('')
  })

  it('picks round scales', () => {
    expect(niceScale(600)).toEqual({ max: 600, step: 100 })
    expect(niceScale(110)).toEqual({ max: 120, step: 20 })
  })
})
