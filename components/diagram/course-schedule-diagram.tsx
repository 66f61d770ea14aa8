import type { Content } from '@/lib/content'
import type { CitationScope } from '@/lib/citations/scope'
import { SOURCE_TYPE_INFO } from '@/lib/content/taxonomy'
import { Cites } from './caption'
import {
  DiagramFigure,
  AXIS_LABEL_ROOM,
  MIN_FONT,
  tickLabel,
  lineHeight,
  NARROW_WIDTH,
  TextLines,
  wrap,
  rowChartDrawings,
  textWidth,
  type ChartRow,
  type ChartSection,
} from './svg-kit'
import {
  COURSE_SCHEDULE_TITLE,
  SCHEDULE_COUNT,
  SCHEDULE_NOTE_SOURCES,
  SCHEDULE_TIMED,
  SCHEDULE_WEEKS,
  type CountRow,
  type SpreadRow,
  type TimedRow,
} from './course-schedule-data'

const ID = 'diagram-course-schedule'
const R = 3.6
const LINE_GAP = 13
const SQUARE = 11
const SQUARE_PITCH = 15

function typeLabel(content: Content, id: string): string {
  const s = content.sourceById.get(id)
  if (!s) throw new Error(`CourseScheduleDiagram: unknown source id "${id}"`)
  return SOURCE_TYPE_INFO[s.type].label
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

function timedRow(row: TimedRow, sub: string): ChartRow {
  return {
    key: row.source,
    label: row.who,
    sub,
    height: row.lines.length * LINE_GAP + 2,
    draw: (x0, x1, top) => {
      const perDay = (x1 - x0) / (SCHEDULE_WEEKS * 7)
      return (
        <g>
          {row.lines.map((line, li) => {
            const cy = top + R + 2 + li * LINE_GAP
            const total = line.sessions + (line.extra ?? 0)
            return (
              <g key={li}>
                {Array.from({ length: total }, (_, k) => (
                  <circle
                    key={k}
                    cx={x0 + k * line.everyDays * perDay}
                    cy={cy}
                    r={R}
                    className={k < line.sessions ? 'd-dot' : 'd-dot-hollow'}
                    strokeWidth={1.5}
                  />
                ))}
              </g>
            )
          })}
        </g>
      )
    },
  }
}

function spreadRow(row: SpreadRow, sub: string): ChartRow {
  return {
    key: row.source,
    label: row.who,
    sub,
    height: 14,
    draw: (x0, x1, top) => {
      const cy = top + 6
      return (
        <g>
          <line x1={x0} x2={x1 - 8} y1={cy} y2={cy} className="d-line" strokeWidth={2.5} strokeDasharray="6 5" />
          <path d={`M ${x1 - 10} ${cy - 6} L ${x1} ${cy} L ${x1 - 10} ${cy + 6} Z`} className="d-arrow" />
        </g>
      )
    },
  }
}

function countRow(row: CountRow, sub: string): ChartRow {
  const total = row.max ?? row.min
  return {
    key: row.source,
    label: row.who,
    sub,
    height: SQUARE + 4,
    draw: (x0, x1, top) => {
      const end = x0 + total * SQUARE_PITCH
      const textX = end + (row.orMore ? 22 : 6)
      const fits = textX + textWidth(row.after, MIN_FONT) <= x1 + 12
      return (
        <g>
          {Array.from({ length: total }, (_, k) => (
            <rect
              key={k}
              x={x0 - SQUARE / 2 + k * SQUARE_PITCH}
              y={top + 2}
              width={SQUARE}
              height={SQUARE}
              className={k < row.min ? 'd-dot' : 'd-dot-hollow'}
              strokeWidth={1.5}
            />
          ))}
          {row.orMore ? (
            <path d={`M ${end - 4} ${top + 2} L ${end + 8} ${top + 2 + SQUARE / 2} L ${end - 4} ${top + 2 + SQUARE} Z`} className="d-arrow" />
          ) : null}
          {fits ? (
            <text x={textX} y={top + SQUARE + 1} fontSize={MIN_FONT} className="d-text">
              {row.after}
            </text>
          ) : null}
        </g>
      )
    },
  }
}

/** Legend text starts this far right of the symbols. */
const LEGEND_TEXT_X = 22

function legend(): ChartRow {
  const items = [
    { shape: 'dot', text: 'One session' },
    { shape: 'hollow', text: 'More sessions, at the top of a range' },
    { shape: 'square', text: 'One session; timing not given' },
  ] as const
  const lh = 21
  const textLh = lineHeight(MIN_FONT)
  // Wrapped for the narrow drawing (the tighter one), with room for wider text spacing.
  const wrapped = items.map((it) => wrap(it.text, NARROW_WIDTH - 8 - LEGEND_TEXT_X, MIN_FONT))
  const tops = wrapped.reduce<number[]>((acc, lines, k) => [...acc, k === 0 ? 0 : (acc[k - 1] ?? 0) + lh + ((wrapped[k - 1]?.length ?? 1) - 1) * textLh], [])
  const height = (tops.at(-1) ?? 0) + lh + ((wrapped.at(-1)?.length ?? 1) - 1) * textLh
  return {
    key: 'legend',
    label: '',
    height,
    fullWidth: true,
    draw: (x0, _x1, top) => (
      <g>
        {items.map((it, k) => {
          const cy = top + 8 + (tops[k] ?? 0)
          return (
            <g key={it.shape}>
              {it.shape === 'square' ? (
                <rect x={x0 + 8 - SQUARE / 2} y={cy - SQUARE / 2} width={SQUARE} height={SQUARE} className="d-dot" />
              ) : (
                <circle cx={x0 + 8} cy={cy} r={R + 1} className={it.shape === 'dot' ? 'd-dot' : 'd-dot-hollow'} strokeWidth={1.5} />
              )}
              <TextLines x={x0 + LEGEND_TEXT_X} y={cy + 5} lines={wrapped[k] ?? [it.text]} className="d-text" />
            </g>
          )
        })}
      </g>
    ),
  }
}

function weekAxis(): ChartSection['axis'] {
  const step = 2
  return {
    height: 26,
    draw: (x0, x1, top) => {
      const per = (x1 - x0) / SCHEDULE_WEEKS
      const ticks = Array.from({ length: SCHEDULE_WEEKS / step + 1 }, (_, i) => i * step)
      return (
        <g>
          {ticks.map((w) => (
            <text key={w} {...tickLabel(x0 + w * per, String(w), MIN_FONT, x0 - AXIS_LABEL_ROOM, x1 + AXIS_LABEL_ROOM)} y={top + MIN_FONT} fontSize={MIN_FONT} className="d-muted">
              {w}
            </text>
          ))}
          <line x1={x0} x2={x1} y1={top + 22} y2={top + 22} className="d-axis" strokeWidth={1.5} />
        </g>
      )
    },
  }
}

function weekGrid(x0: number, x1: number, top: number, bottom: number) {
  const per = (x1 - x0) / SCHEDULE_WEEKS
  return (
    <g>
      {Array.from({ length: SCHEDULE_WEEKS + 1 }, (_, w) => (
        <line
          key={w}
          x1={x0 + w * per}
          x2={x0 + w * per}
          y1={top}
          y2={bottom}
          className={w % 4 === 0 ? 'd-grid-strong' : 'd-grid'}
          strokeWidth={1}
        />
      ))}
    </g>
  )
}

function sections(content: Content): ChartSection[] {
  const sub = (source: string, says: string) => `${typeLabel(content, source)}: ${says}`
  return [
    { key: 'legend', rows: [legend()] },
    {
      key: 'timed',
      heading: 'Sessions over time',
      note: 'Weeks after the first session',
      axis: weekAxis(),
      grid: weekGrid,
      rows: SCHEDULE_TIMED.map((r) => (r.kind === 'timed' ? timedRow(r, sub(r.source, r.says)) : spreadRow(r, sub(r.source, r.says)))),
    },
    {
      key: 'count',
      heading: 'Number of sessions only',
      note: 'These sources give no timing.',
      rows: SCHEDULE_COUNT.map((r) => countRow(r, sub(r.source, r.says))),
    },
  ]
}

function description(content: Content): string {
  const timed = SCHEDULE_TIMED.map((r) => `${r.who} (${typeLabel(content, r.source).toLowerCase()}): ${r.says.replace(' (two lines)', '')}.`)
  const counts = SCHEDULE_COUNT.map((r) => `${r.who} (${typeLabel(content, r.source).toLowerCase()}): ${r.says}.`)
  return [
    `Chart of the number of sessions and the gaps between them, as different sources describe them, on a time scale of 0 to ${SCHEDULE_WEEKS} weeks.`,
    'Filled dots are sessions; hollow dots are extra sessions if the upper number of a range applies.',
    ...timed,
    'Sources that give only a number of sessions, with no timing:',
    ...counts,
    'No two sources agree, and no standard schedule exists.',
  ].join(' ')
}

/** Treatment course timelines side by side, one row per source (procedure). */
export function CourseScheduleDiagram({ content, scope }: { content: Content; scope: CitationScope }) {
  const rows = [...SCHEDULE_TIMED, ...SCHEDULE_COUNT]
  return (
    <DiagramFigure
      id={ID}
      title={COURSE_SCHEDULE_TITLE}
      desc={description(content)}
      drawings={rowChartDrawings(ID, () => sections(content))}
      caption={
        <>
          <p>
            There is no standard schedule. A review says the drugs, the method and the number of sessions change with the problem
            treated
            <Cites ids={SCHEDULE_NOTE_SOURCES.slice(0, 1)} content={content} scope={scope} />. Doctors who practise mesotherapy say
            there are no international guidelines
            <Cites ids={SCHEDULE_NOTE_SOURCES.slice(1)} content={content} scope={scope} />.
          </p>
          <p>
            Rows, top to bottom:{' '}
            {rows.map((r, i) => (
              <span key={r.source}>
                {i === 0 ? r.who : lowerFirst(r.who)}
                <Cites ids={[r.source]} content={content} scope={scope} />
                {i < rows.length - 1 ? '; ' : '.'}
              </span>
            ))}
          </p>
        </>
      }
    />
  )
}
