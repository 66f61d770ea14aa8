import type { Content } from '@/lib/content'
import type { CitationScope } from '@/lib/citations/scope'
import { Cites } from './caption'
import { RichText } from '@/components/tool/rich-text'
import {
  DiagramFigure,
  AXIS_LABEL_ROOM,
  MIN_FONT,
  tickLabel,
  rowChartDrawings,
  patternIds,
  type ChartRow,
  type ChartSection,
} from './svg-kit'
import { fillLabel } from '@/lib/content'
import { getDiagrams, type AftercareTimelineText } from '@/lib/content/diagrams'
import { defaultLocale } from '@/lib/content/locales'

type AftercareRow = AftercareTimelineText['groups'][number]['rows'][number]
type AftercareBar = AftercareRow['bars'][number]

/** Tick times are the same in every language (the loader checks it); the geometry reads them from the default one. */
const AFTERCARE_TICKS = getDiagrams(defaultLocale().code).aftercareTimeline.ticks

const ID = 'diagram-aftercare-timeline'
const BAR = 12

/** x position of a time in hours: ticks are evenly spaced, linear between ticks. */
function xOf(hours: number, x0: number, x1: number): number {
  const step = (x1 - x0) / (AFTERCARE_TICKS.length - 1)
  for (let i = 1; i < AFTERCARE_TICKS.length; i++) {
    const a = AFTERCARE_TICKS[i - 1]
    const b = AFTERCARE_TICKS[i]
    if (a && b && hours <= b.hours) return x0 + step * (i - 1 + (hours - a.hours) / (b.hours - a.hours))
  }
  return x1
}

function Bar({ bar, x0, x1, top, svgId }: { bar: AftercareBar; x0: number; x1: number; top: number; svgId: string }) {
  const p = patternIds(svgId)
  const a = xOf(bar.from, x0, x1)
  const b = xOf(bar.to, x0, x1)
  const w = Math.max(3, b - a)
  switch (bar.style) {
    case 'fade':
      return <rect x={a} y={top} width={w} height={BAR} rx={3} fill={`url(#${p.fade})`} className="d-fade-bar" />
    case 'rule':
      return <rect x={a} y={top} width={w} height={BAR} fill={`url(#${p.hatch})`} className="d-rule-bar" strokeWidth={1.5} />
    case 'rule-other':
      return <rect x={a} y={top} width={w} height={BAR} fill={`url(#${p.hatchDense})`} className="d-rule-bar" strokeWidth={1.5} strokeDasharray="4 3" />
    case 'alert':
      return <rect x={a} y={top} width={w} height={BAR} rx={2} className="d-alert-bar" strokeWidth={2} />
    case 'alert-open':
      return (
        <g>
          <line x1={a} x2={b - 9} y1={top + BAR / 2} y2={top + BAR / 2} className="d-alert-line" strokeWidth={3} strokeDasharray="6 4" />
          {bar.to >= (AFTERCARE_TICKS.at(-1)?.hours ?? 0) ? (
            <path d={`M ${b - 10} ${top} L ${b} ${top + BAR / 2} L ${b - 10} ${top + BAR} Z`} className="d-alert-arrow" />
          ) : null}
        </g>
      )
  }
}

function row(r: AftercareRow, svgId: string): ChartRow {
  return {
    key: r.key,
    label: r.label,
    sub: r.sub,
    height: BAR + 2,
    draw: (x0, x1, top) => (
      <g>
        {r.bars.map((bar, k) => (
          <Bar key={k} bar={bar} x0={x0} x1={x1} top={top + 1} svgId={svgId} />
        ))}
        {r.at !== undefined ? (
          <path
            d={`M ${xOf(r.at, x0, x1)} ${top - 1} l 8 8 l -8 8 l -8 -8 Z`}
            className="d-alert-bar"
            strokeWidth={2}
          />
        ) : null}
      </g>
    ),
  }
}

const axisFor = (ticks: AftercareTimelineText['ticks']): ChartSection['axis'] => ({
  height: 26,
  draw: (x0, x1, top) => (
    <g>
      {ticks.map((t) => (
        <text key={t.hours} {...tickLabel(xOf(t.hours, x0, x1), t.short, MIN_FONT, x0 - AXIS_LABEL_ROOM, x1 + AXIS_LABEL_ROOM)} y={top + MIN_FONT} fontSize={MIN_FONT} className="d-muted">
          {t.short}
        </text>
      ))}
      <line x1={x0} x2={x1} y1={top + 22} y2={top + 22} className="d-axis" strokeWidth={1.5} />
    </g>
  ),
})

function grid(x0: number, x1: number, top: number, bottom: number) {
  return (
    <g>
      {AFTERCARE_TICKS.map((t) => (
        <line key={t.hours} x1={xOf(t.hours, x0, x1)} x2={xOf(t.hours, x0, x1)} y1={top} y2={bottom} className="d-grid" strokeWidth={1} />
      ))}
    </g>
  )
}

function sections(svgId: string, t: AftercareTimelineText): ChartSection[] {
  const axis = axisFor(t.ticks)
  return [
    {
      key: 'scale',
      note: t.scaleNote,
      rows: [],
    },
    ...t.groups.map((g) => ({
      key: g.key,
      heading: g.heading,
      axis,
      grid,
      rows: g.rows.map((r) => row(r, svgId)),
    })),
  ]
}

function when(r: AftercareRow, t: AftercareTimelineText): string {
  if (r.at === undefined) return ''
  const tick = t.ticks.find((k) => k.hours === r.at)
  if (!tick) throw new Error(`Aftercare timeline: row "${r.key}" is at ${r.at} hours, which is not a tick in content/diagrams/aftercare-timeline.yaml`)
  return fillLabel(t.desc.atTime, { time: tick.long })
}

function description(t: AftercareTimelineText): string {
  return [t.desc.intro, ...t.groups.map((g) => `${g.heading}: ${g.rows.map((r) => `${r.label}${when(r, t)}: ${r.sub}`).join('. ')}.`), t.desc.end].join(' ')
}

/** Hours, days and weeks after a session: what is normal, clinic rules, warning signs (aftercare). */
export function AftercareTimelineDiagram({ content, scope, locale }: { content: Content; scope: CitationScope; locale: string }) {
  const t = getDiagrams(locale).aftercareTimeline
  const [normal, rules, help] = t.groups
  const cites = (g: (typeof t.groups)[number] | undefined) => (g ? <Cites ids={g.sources} content={content} scope={scope} /> : null)
  return (
    <DiagramFigure
      id={ID}
      title={t.title}
      desc={description(t)}
      drawings={rowChartDrawings(ID, (_kind, svgId) => sections(svgId, t))}
      caption={
        <>
          <p>
            <RichText text={t.caption} locale={locale} vars={{ normal: cites(normal), rules: cites(rules), help: cites(help) }} />
          </p>
        </>
      }
    />
  )
}
