import type { ReactNode } from 'react'

/**
 * Shared parts of the inline-SVG diagrams.
 *
 * Every diagram is a <figure> with a visible title, one or two <svg role="img"> drawings that
 * carry their own <title> and <desc>, and a <figcaption> with the caption text and citations.
 * Diagrams that need it come in two drawings: a narrow one for phones (labels above each row)
 * and a wide one (labels beside each row). A container query in app/tools.css shows one of them,
 * so the other is `display: none` and out of the accessibility tree.
 *
 * Sizes: the narrow drawing is NARROW_WIDTH user units wide and never shown narrower than about
 * 272 px (320 px phone minus page and figure padding); the wide drawing is WIDE_WIDTH units wide
 * and shown only when the figure is at least 32rem (512 px) wide. With MIN_FONT units as the
 * smallest text, text stays at 12.75 px or more on the narrow drawing and 12 px or more on the
 * wide one.
 */
export const NARROW_WIDTH = 320
export const WIDE_WIDTH = 640
export const MIN_FONT = 15
export const LABEL_FONT = 16
/** How far an axis label may reach past either end of the graphic column (the drawing's margin). */
export const AXIS_LABEL_ROOM = 10

/** Rough width of a character of the site font (Inter) as a share of the font size. */
const CHAR_WIDTH = 0.53
const BOLD_CHAR_WIDTH = 0.58
/**
 * Room for readers' own text spacing (WCAG 1.4.12): letters 0.12 em and words 0.16 em further
 * apart. SVG text cannot wrap, so every line is laid out with this room to spare and still fits
 * its drawing when a reader widens the spacing.
 */
export const LETTER_SPACING_ROOM = 0.12
export const WORD_SPACING_ROOM = 0.16

/** Estimated width of a line of text in user units, with room for wider text spacing. */
export function textWidth(text: string, size: number, bold = false): number {
  const spaces = text.split(' ').length - 1
  return text.length * size * ((bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH) + LETTER_SPACING_ROOM) + spaces * size * WORD_SPACING_ROOM
}

/**
 * Position of a label centred on a tick, kept inside [minX, maxX]: near an edge it is anchored at
 * that edge instead of overflowing it.
 */
export function tickLabel(x: number, text: string, size: number, minX: number, maxX: number): { x: number; textAnchor: 'start' | 'middle' | 'end' } {
  const half = textWidth(text, size) / 2
  if (x + half > maxX) return { x: maxX, textAnchor: 'end' }
  if (x - half < minX) return { x: minX, textAnchor: 'start' }
  return { x, textAnchor: 'middle' }
}

/** Splits text into lines that fit `maxWidth` user units (by estimate), breaking at spaces. */
export function wrap(text: string, maxWidth: number, size: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let line = ''
  for (const w of words) {
    const next = line ? `${line} ${w}` : w
    if (line && textWidth(next, size, bold) > maxWidth) {
      lines.push(line)
      line = w
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

/** Line height for a font size. */
export const lineHeight = (size: number) => Math.round(size * 1.3)

interface TextLinesProps {
  x: number
  /** Baseline of the first line. */
  y: number
  lines: readonly string[]
  size?: number
  className?: string
  bold?: boolean
  anchor?: 'start' | 'middle' | 'end'
}

/** Multi-line SVG text (one tspan per line). */
export function TextLines({ x, y, lines, size = MIN_FONT, className, bold, anchor }: TextLinesProps) {
  const lh = lineHeight(size)
  return (
    <text x={x} y={y} fontSize={size} fontWeight={bold ? 700 : undefined} textAnchor={anchor} className={className}>
      {lines.map((l, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : lh}>
          {l}
        </tspan>
      ))}
    </text>
  )
}

/** Id of one drawing of a diagram (the figure id plus the drawing kind). */
export const svgIdOf = (figureId: string, kind: Drawing['kind']) => `${figureId}-${kind}`

/** Pattern ids inside one drawing (ids must be unique in the page, so they carry the drawing id). */
export function patternIds(svgId: string) {
  return {
    hatch: `${svgId}-hatch`,
    hatchDense: `${svgId}-hatch-dense`,
    dots: `${svgId}-dots`,
    fade: `${svgId}-fade`,
  }
}

/** Fill patterns shared by the drawings. Colours come from CSS classes, so they follow the theme. */
export function PatternDefs({ svgId }: { svgId: string }) {
  const p = patternIds(svgId)
  return (
    <defs>
      <pattern id={p.hatch} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" className="d-hatch-bg" />
        <line x1="0" y1="0" x2="0" y2="8" className="d-hatch-line" strokeWidth="3" />
      </pattern>
      <pattern id={p.hatchDense} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <rect width="5" height="5" className="d-hatch-bg" />
        <line x1="0" y1="0" x2="0" y2="5" className="d-hatch-line" strokeWidth="1.5" />
      </pattern>
      <pattern id={p.dots} width="7" height="7" patternUnits="userSpaceOnUse">
        <rect width="7" height="7" className="d-dots-bg" />
        <circle cx="3.5" cy="3.5" r="1.2" className="d-dots-dot" />
      </pattern>
      <linearGradient id={p.fade} x1="0" x2="1" y1="0" y2="0">
        <stop offset="0" className="d-fade-start" />
        <stop offset="1" className="d-fade-end" />
      </linearGradient>
    </defs>
  )
}

export interface Drawing {
  /** 'narrow' for phones, 'wide' for larger screens, 'single' when one drawing serves both. */
  kind: 'narrow' | 'wide' | 'single'
  width: number
  height: number
  body: ReactNode
}

interface DiagramFigureProps {
  /** Base for element ids; unique on the page (one diagram of a kind per page). */
  id: string
  title: string
  /** Text alternative: what the picture shows, in full sentences. */
  desc: string
  drawings: readonly Drawing[]
  caption: ReactNode
  className?: string
}

/** The figure shell: visible title, drawing(s) with title and description, caption with citations. */
export function DiagramFigure({ id, title, desc, drawings, caption, className }: DiagramFigureProps) {
  return (
    <figure className={`diagram not-prose${className ? ` ${className}` : ''}`} id={id}>
      <p className="diagram-title" aria-hidden="true">
        {title}
      </p>
      {drawings.map((d) => {
        const svgId = svgIdOf(id, d.kind)
        return (
          <svg
            key={d.kind}
            id={svgId}
            className={`diagram-svg diagram-${d.kind}`}
            viewBox={`0 0 ${d.width} ${Math.ceil(d.height)}`}
            role="img"
            aria-labelledby={`${svgId}-title ${svgId}-desc`}
            xmlns="http://www.w3.org/2000/svg"
          >
            <title id={`${svgId}-title`}>{title}</title>
            <desc id={`${svgId}-desc`}>{desc}</desc>
            <PatternDefs svgId={svgId} />
            {d.body}
          </svg>
        )
      })}
      <figcaption className="diagram-caption">{caption}</figcaption>
    </figure>
  )
}

/** One row of a row chart: a label (and optional second line) plus a graphic. */
export interface ChartRow {
  key: string
  label: string
  /** Second, lighter line under the label (e.g. the source type and what it says). */
  sub?: string
  /** Height of the graphic in user units. */
  height: number
  /** Draws the graphic between x0 and x1 with its top at `top`. */
  draw: (x0: number, x1: number, top: number) => ReactNode
  /** Draw across the whole width instead of in the graphic column (legends). */
  fullWidth?: boolean
}

export interface ChartSection {
  key: string
  heading?: string
  note?: string
  /** Axis drawn above the rows of this section. */
  axis?: { height: number; draw: (x0: number, x1: number, top: number) => ReactNode }
  /** Grid lines behind the rows (from the bottom of the axis to the bottom of the last row). */
  grid?: (x0: number, x1: number, top: number, bottom: number) => ReactNode
  rows: readonly ChartRow[]
}

export interface RowChartGeometry {
  width: number
  /** Left and right ends of the graphic column. */
  x0: number
  x1: number
  /** Width available to labels. */
  labelWidth: number
  /** Labels beside the graphic (wide) or above it (narrow). */
  beside: boolean
}

export const NARROW_CHART: RowChartGeometry = { width: NARROW_WIDTH, x0: 12, x1: NARROW_WIDTH - 16, labelWidth: NARROW_WIDTH - 8, beside: false }
export const WIDE_CHART: RowChartGeometry = { width: WIDE_WIDTH, x0: 262, x1: WIDE_WIDTH - 18, labelWidth: 236, beside: true }

const PAD = 4
const ROW_GAP = 14
const SECTION_GAP = 22

/**
 * Lays out sections of labelled rows. Narrow: each label sits above its graphic, which spans the
 * full width. Wide: labels in a left column, graphics on the right, sharing one x scale.
 */
export function layoutRowChart(g: RowChartGeometry, sections: readonly ChartSection[]): { height: number; body: ReactNode } {
  const parts: ReactNode[] = []
  let yPos = PAD
  const lhLabel = lineHeight(LABEL_FONT)
  const lhSub = lineHeight(MIN_FONT)
  sections.forEach((s, si) => {
    if (si > 0) yPos += SECTION_GAP
    if (s.heading) {
      const lines = wrap(s.heading, g.width - 2 * PAD, LABEL_FONT + 1, true)
      parts.push(<TextLines key={`${s.key}-h`} x={PAD} y={yPos + LABEL_FONT} lines={lines} size={LABEL_FONT + 1} bold className="d-text" />)
      yPos += lines.length * lineHeight(LABEL_FONT + 1) + 2
    }
    if (s.note) {
      const lines = wrap(s.note, g.width - 2 * PAD, MIN_FONT)
      parts.push(<TextLines key={`${s.key}-n`} x={PAD} y={yPos + MIN_FONT} lines={lines} className="d-muted" />)
      yPos += lines.length * lhSub + 2
    }
    if (s.axis) {
      yPos += 6
      parts.push(<g key={`${s.key}-axis`}>{s.axis.draw(g.x0, g.x1, yPos)}</g>)
      yPos += s.axis.height
    }
    const gridTop = yPos
    const rowsStart = parts.length
    s.rows.forEach((r, ri) => {
      yPos += ri === 0 ? 8 : ROW_GAP
      if (r.fullWidth) {
        parts.push(<g key={`${s.key}-${r.key}`}>{r.draw(PAD, g.width - PAD, yPos)}</g>)
        yPos += r.height
        return
      }
      const labelLines = r.label ? wrap(r.label, g.labelWidth, LABEL_FONT, true) : []
      if (g.beside) {
        // Wide: bold label on the left; the graphic on the right with the second line under it.
        const subLines = r.sub ? wrap(r.sub, g.x1 - g.x0 + 12, MIN_FONT) : []
        const top = yPos + 3
        const subTop = top + r.height + 4
        const h = Math.max(labelLines.length * lhLabel, subTop - yPos + subLines.length * lhSub)
        parts.push(
          <g key={`${s.key}-${r.key}`}>
            {labelLines.length ? <TextLines x={PAD} y={yPos + LABEL_FONT} lines={labelLines} size={LABEL_FONT} bold className="d-text" /> : null}
            {r.draw(g.x0, g.x1, top)}
            {subLines.length ? <TextLines x={g.x0} y={subTop + MIN_FONT - 2} lines={subLines} className="d-muted" /> : null}
          </g>,
        )
        yPos += h
      } else {
        const subLines = r.sub ? wrap(r.sub, g.labelWidth, MIN_FONT) : []
        const labelHeight = labelLines.length * lhLabel + subLines.length * lhSub
        const label = (
          <g>
            {labelLines.length ? <TextLines x={PAD} y={yPos + LABEL_FONT} lines={labelLines} size={LABEL_FONT} bold className="d-text" /> : null}
            {subLines.length ? <TextLines x={PAD} y={yPos + labelLines.length * lhLabel + MIN_FONT} lines={subLines} className="d-muted" /> : null}
          </g>
        )
        const top = yPos + labelHeight + 4
        parts.push(
          <g key={`${s.key}-${r.key}`}>
            {label}
            {r.draw(g.x0, g.x1, top)}
          </g>,
        )
        yPos = top + r.height
      }
    })
    if (s.grid) {
      parts.splice(rowsStart, 0, <g key={`${s.key}-grid`}>{s.grid(g.x0, g.x1, gridTop, yPos + 4)}</g>)
    }
  })
  return { height: yPos + PAD + 4, body: <g>{parts}</g> }
}

/**
 * The phone and wide drawings of a row chart. `sectionsFor` gets the drawing's kind and svg id
 * (for pattern ids that must be unique per drawing).
 */
export function rowChartDrawings(figureId: string, sectionsFor: (kind: 'narrow' | 'wide', svgId: string) => readonly ChartSection[]): Drawing[] {
  return (['narrow', 'wide'] as const).map((kind) => {
    const geometry = kind === 'narrow' ? NARROW_CHART : WIDE_CHART
    const { height, body } = layoutRowChart(geometry, sectionsFor(kind, svgIdOf(figureId, kind)))
    return { kind, width: geometry.width, height, body }
  })
}
