import type { Content, Price } from '@/lib/content'
import type { CitationScope } from '@/lib/citations/scope'
import { Cites } from './caption'
import {
  DiagramFigure,
  AXIS_LABEL_ROOM,
  MIN_FONT,
  tickLabel,
  rowChartDrawings,
  patternIds,
  textWidth,
  type ChartRow,
  type ChartSection,
} from './svg-kit'
import { niceScale, priceGroups } from './cost-data'
import { fillLabel } from '@/lib/content'
import { getDiagrams, type CostRangeText } from '@/lib/content/diagrams'
import { getLocale } from '@/lib/content/locales'
import { currencySymbol, formatNumber } from '@/lib/estimator/format'

/** The words and number formats of one language. */
interface Words {
  t: CostRangeText
  lang: string
}

/** "US$200–600", "about €110" (en); "200–600 $US", "environ 110 €" (fr). */
function formatRange(p: Pick<Price, 'currency' | 'low' | 'high'>, w: Words): string {
  const symbol = currencySymbol(p.currency, w.lang)
  const low = formatNumber(p.low, w.lang)
  return p.low === p.high ? fillLabel(w.t.single, { symbol, low }) : fillLabel(w.t.range, { symbol, low, high: formatNumber(p.high, w.lang) })
}

const ID = 'diagram-cost-range'
const BAR = 12
const VALUE_GAP = MIN_FONT + 4

function typeLabel(content: Content, id: string): string {
  const s = content.sourceById.get(id)
  if (!s) throw new Error(`CostRangeChart: unknown source id "${id}"`)
  return content.ui.sourceTypes[s.type].label
}

function Diamond({ x, cy, fill, className }: { x: number; cy: number; fill?: string; className: string }) {
  return <path d={`M ${x} ${cy - 8} l 8 8 l -8 8 l -8 -8 Z`} fill={fill} className={className} strokeWidth={1.5} />
}

function priceRow(p: Price, max: number, content: Content, svgId: string, w: Words): ChartRow {
  const pat = patternIds(svgId)
  const dated = p.year !== undefined
  return {
    key: p.id,
    label: p.label,
    sub: fillLabel(w.t.sub, { type: typeLabel(content, p.source) }),
    height: VALUE_GAP + BAR + 4,
    draw: (x0, x1, top) => {
      const xv = (v: number) => x0 + ((x1 - x0) * v) / max
      const a = xv(p.low)
      const b = xv(p.high)
      const text = formatRange(p, w)
      const tw = textWidth(text, MIN_FONT, true)
      const anchorEnd = a + tw > x1
      const barTop = top + VALUE_GAP
      const cls = dated ? 'd-price-dated' : 'd-price-undated'
      const fill = dated ? undefined : `url(#${pat.hatch})`
      return (
        <g>
          <text x={anchorEnd ? b : a} y={top + MIN_FONT} fontSize={MIN_FONT} fontWeight={700} textAnchor={anchorEnd ? 'end' : 'start'} className="d-text">
            {text}
          </text>
          {p.low === p.high ? (
            <Diamond x={a} cy={barTop + BAR / 2} fill={fill} className={cls} />
          ) : (
            <rect x={a} y={barTop} width={Math.max(3, b - a)} height={BAR} fill={fill} className={cls} strokeWidth={1.5} />
          )}
        </g>
      )
    },
  }
}

function legend(svgId: string, t: CostRangeText): ChartRow {
  const pat = patternIds(svgId)
  const lh = 22
  const items = [
    { key: 'dated', text: t.legend.dated },
    { key: 'undated', text: t.legend.undated },
    { key: 'single', text: t.legend.single },
  ] as const
  return {
    key: 'legend',
    label: '',
    height: items.length * lh,
    fullWidth: true,
    draw: (x0, _x1, top) => (
      <g>
        {items.map((it, k) => {
          const cy = top + 8 + k * lh
          return (
            <g key={it.key}>
              {it.key === 'dated' ? <rect x={x0} y={cy - 6} width={28} height={BAR} className="d-price-dated" strokeWidth={1.5} /> : null}
              {it.key === 'undated' ? (
                <rect x={x0} y={cy - 6} width={28} height={BAR} fill={`url(#${pat.hatch})`} className="d-price-undated" strokeWidth={1.5} />
              ) : null}
              {it.key === 'single' ? <Diamond x={x0 + 14} cy={cy} className="d-price-dated" /> : null}
              <text x={x0 + 38} y={cy + 5} fontSize={MIN_FONT} className="d-text">
                {it.text}
              </text>
            </g>
          )
        })}
      </g>
    ),
  }
}

function sections(prices: readonly Price[], content: Content, svgId: string, w: Words): ChartSection[] {
  const groups = priceGroups(prices)
  return [
    { key: 'legend', rows: [legend(svgId, w.t)] },
    ...groups.map((g): ChartSection => {
      const c = { name: w.t.currencies[g.currency], symbol: currencySymbol(g.currency, w.lang) }
      const { max, step } = niceScale(Math.max(...g.prices.map((p) => p.high)))
      const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step)
      return {
        key: g.currency,
        heading: fillLabel(w.t.groupHeading, { name: c.name, code: g.currency }),
        note: fillLabel(groups.length > 1 ? w.t.groupNoteMany : w.t.groupNoteOne, { symbol: c.symbol }),
        axis: {
          height: 26,
          draw: (x0, x1, top) => (
            <g>
              {ticks.map((t) => (
                <text key={t} {...tickLabel(x0 + ((x1 - x0) * t) / max, String(t), MIN_FONT, x0 - AXIS_LABEL_ROOM, x1 + AXIS_LABEL_ROOM)} y={top + MIN_FONT} fontSize={MIN_FONT} className="d-muted">
                  {t}
                </text>
              ))}
              <line x1={x0} x2={x1} y1={top + 22} y2={top + 22} className="d-axis" strokeWidth={1.5} />
            </g>
          ),
        },
        grid: (x0, x1, top, bottom) => (
          <g>
            {ticks.map((t) => (
              <line key={t} x1={x0 + ((x1 - x0) * t) / max} x2={x0 + ((x1 - x0) * t) / max} y1={top} y2={bottom} className="d-grid" strokeWidth={1} />
            ))}
          </g>
        ),
        rows: g.prices.map((p) => priceRow(p, max, content, svgId, w)),
      }
    }),
  ]
}

function description(prices: readonly Price[], content: Content, w: Words): string {
  const groups = priceGroups(prices)
  const d = w.t.desc
  return [
    fillLabel(groups.length > 1 ? d.introMany : d.introOne, { count: groups.length }),
    ...groups.map((g) =>
      fillLabel(d.group, {
        name: w.t.currencies[g.currency],
        code: g.currency,
        prices: g.prices.map((p) => fillLabel(d.price, { label: p.label, range: formatRange(p, w), type: typeLabel(content, p.source).toLowerCase() })).join(w.t.separator),
      }),
    ),
    d.end,
  ].join(' ')
}

/** Cost ranges per session by source, country, currency and year, from content/prices.yaml (costs). */
export function CostRangeChart({ content, scope, locale }: { content: Content; scope: CitationScope; locale: string }) {
  const w: Words = { t: getDiagrams(locale).costRange, lang: getLocale(locale).lang }
  const prices = content.prices
  if (prices.length === 0) return null
  const rows = priceGroups(prices).flatMap((g) => g.prices)
  const cited = new Set<string>()
  return (
    <DiagramFigure
      id={ID}
      title={w.t.title}
      desc={description(prices, content, w)}
      drawings={rowChartDrawings(ID, (_kind, svgId) => sections(prices, content, svgId, w))}
      caption={
        <>
          <p>{w.t.caption}</p>
          <p>
            {w.t.rowsIntro}{' '}
            {rows.map((p, i) => {
              const first = !cited.has(p.source)
              cited.add(p.source)
              return (
                <span key={p.id}>
                  {i === 0 ? p.label : p.label.charAt(0).toLowerCase() + p.label.slice(1)}
                  {first ? <Cites ids={[p.source]} content={content} scope={scope} /> : null}
                  {i < rows.length - 1 ? w.t.separator : '.'}
                </span>
              )
            })}
          </p>
        </>
      }
    />
  )
}
