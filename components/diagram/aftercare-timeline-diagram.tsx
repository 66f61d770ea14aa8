import type { Content } from '@/lib/content'
import type { CitationScope } from '@/lib/citations/scope'
import { Cites } from './caption'
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
import {
  AFTERCARE_GROUPS,
  AFTERCARE_TICKS,
  AFTERCARE_TIMELINE_TITLE,
  type AftercareBar,
  type AftercareRow,
} from './aftercare-timeline-data'

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

const axis: ChartSection['axis'] = {
  height: 26,
  draw: (x0, x1, top) => (
    <g>
      {AFTERCARE_TICKS.map((t) => (
        <text key={t.hours} {...tickLabel(xOf(t.hours, x0, x1), t.short, MIN_FONT, x0 - AXIS_LABEL_ROOM, x1 + AXIS_LABEL_ROOM)} y={top + MIN_FONT} fontSize={MIN_FONT} className="d-muted">
          {t.short}
        </text>
      ))}
      <line x1={x0} x2={x1} y1={top + 22} y2={top + 22} className="d-axis" strokeWidth={1.5} />
    </g>
  ),
}

function grid(x0: number, x1: number, top: number, bottom: number) {
  return (
    <g>
      {AFTERCARE_TICKS.map((t) => (
        <line key={t.hours} x1={xOf(t.hours, x0, x1)} x2={xOf(t.hours, x0, x1)} y1={top} y2={bottom} className="d-grid" strokeWidth={1} />
      ))}
    </g>
  )
}

function sections(svgId: string): ChartSection[] {
  return [
    {
      key: 'scale',
      note: 'Time after the session: h = hours, d = days, wk = weeks. The scale stretches the first days.',
      rows: [],
    },
    ...AFTERCARE_GROUPS.map((g) => ({
      key: g.key,
      heading: g.heading,
      axis,
      grid,
      rows: g.rows.map((r) => row(r, svgId)),
    })),
  ]
}

function when(r: AftercareRow): string {
  const label = (h: number) => AFTERCARE_TICKS.find((t) => t.hours === h)?.long
  if (r.at !== undefined) return ` (about ${label(r.at) ?? `${r.at} hours`} after)`
  return ''
}

function description(): string {
  return [
    'Timeline from the session to 4 weeks after, in three groups.',
    ...AFTERCARE_GROUPS.map((g) => `${g.heading}: ${g.rows.map((r) => `${r.label}${when(r)}: ${r.sub}`).join('. ')}.`),
    'Normal effects are drawn as bars that fade out because no source gives an end time. Clinic rules are hatched bars. Warning signs are solid or dashed bars; dashed ones can start at any time.',
  ].join(' ')
}

/** Hours, days and weeks after a session: what is normal, clinic rules, warning signs (aftercare). */
export function AftercareTimelineDiagram({ content, scope }: { content: Content; scope: CitationScope }) {
  const [normal, rules, help] = AFTERCARE_GROUPS
  return (
    <DiagramFigure
      id={ID}
      title={AFTERCARE_TIMELINE_TITLE}
      desc={description()}
      drawings={rowChartDrawings(ID, (_kind, svgId) => sections(svgId))}
      caption={
        <>
          <p>
            A rough guide, not a rule: your practitioner&apos;s own advice comes first. Normal effects are mild and short-lived
            {normal ? <Cites ids={normal.sources} content={content} scope={scope} /> : null}. Clinic rules come from two clinic pages
            and a translated article, and they differ
            {rules ? <Cites ids={rules.sources} content={content} scope={scope} /> : null}. Warning signs: a severe allergic reaction,
            a late skin reaction and infection
            {help ? <Cites ids={help.sources} content={content} scope={scope} /> : null}.
          </p>
        </>
      }
    />
  )
}
