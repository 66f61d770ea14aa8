import type { Content } from '@/lib/content'
import type { CitationScope } from '@/lib/citations/scope'
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
import { RichText } from '@/components/tool/rich-text'
import { fillLabel } from '@/lib/content'
import { getDiagrams, type CourseScheduleText } from '@/lib/content/diagrams'
import { defaultLocale } from '@/lib/content/locales'

type TimedRow = Extract<CourseScheduleText['timed'][number], { kind: 'timed' }>
type SpreadRow = Extract<CourseScheduleText['timed'][number], { kind: 'spread' }>
type CountRow = CourseScheduleText['count'][number]

/** The time axis is the same in every language (the loader checks it). */
const SCHEDULE_WEEKS = getDiagrams(defaultLocale().code).courseSchedule.weeks

const ID = 'diagram-course-schedule'
const R = 3.6
const LINE_GAP = 13
const SQUARE = 11
const SQUARE_PITCH = 15

function typeLabel(content: Content, id: string): string {
  const s = content.sourceById.get(id)
  if (!s) throw new Error(`CourseScheduleDiagram: unknown source id "${id}"`)
  return content.ui.sourceTypes[s.type].label
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

function legend(t: CourseScheduleText): ChartRow {
  const items = [
    { shape: 'dot', text: t.legend.dot },
    { shape: 'hollow', text: t.legend.hollow },
    { shape: 'square', text: t.legend.square },
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

function sections(content: Content, t: CourseScheduleText): ChartSection[] {
  const sub = (source: string, says: string) => fillLabel(t.sub, { type: typeLabel(content, source), says })
  return [
    { key: 'legend', rows: [legend(t)] },
    {
      key: 'timed',
      heading: t.timedHeading,
      note: t.timedNote,
      axis: weekAxis(),
      grid: weekGrid,
      rows: t.timed.map((r) =>
        r.kind === 'timed' ? timedRow(r, sub(r.source, r.linesNote ? `${r.says} ${r.linesNote}` : r.says)) : spreadRow(r, sub(r.source, r.says)),
      ),
    },
    {
      key: 'count',
      heading: t.countHeading,
      note: t.countNote,
      rows: t.count.map((r) => countRow(r, sub(r.source, r.says))),
    },
  ]
}

function description(content: Content, t: CourseScheduleText): string {
  const line = (r: { who: string; source: string; says: string }) => fillLabel(t.desc.row, { who: r.who, type: typeLabel(content, r.source).toLowerCase(), says: r.says })
  return [fillLabel(t.desc.intro, { weeks: t.weeks }), t.desc.dots, ...t.timed.map(line), t.desc.countIntro, ...t.count.map(line), t.desc.end].join(' ')
}

/** Treatment course timelines side by side, one row per source (procedure). */
export function CourseScheduleDiagram({ content, scope, locale }: { content: Content; scope: CitationScope; locale: string }) {
  const t = getDiagrams(locale).courseSchedule
  const rows = [...t.timed, ...t.count]
  return (
    <DiagramFigure
      id={ID}
      title={t.title}
      desc={description(content, t)}
      drawings={rowChartDrawings(ID, () => sections(content, t))}
      caption={
        <>
          <p>
            <RichText
              text={t.caption}
              locale={locale}
              vars={{
                cite1: <Cites ids={t.noteSources.slice(0, 1)} content={content} scope={scope} />,
                cite2: <Cites ids={t.noteSources.slice(1)} content={content} scope={scope} />,
              }}
            />
          </p>
          <p>
            {t.rowsIntro}{' '}
            {rows.map((r, i) => (
              <span key={r.source}>
                {i === 0 ? r.who : lowerFirst(r.who)}
                <Cites ids={[r.source]} content={content} scope={scope} />
                {i < rows.length - 1 ? t.separator : '.'}
              </span>
            ))}
          </p>
        </>
      }
    />
  )
}
