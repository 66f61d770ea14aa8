import type { Content } from '@/lib/content'
import type { CitationScope } from '@/lib/citations/scope'
import { Cites } from './caption'
import { DiagramFigure, MIN_FONT, NARROW_WIDTH, TextLines, lineHeight, patternIds, svgIdOf, wrap } from './svg-kit'
import { getDiagrams, type SkinDepthText } from '@/lib/content/diagrams'
import { defaultLocale } from '@/lib/content/locales'

type SkinColumn = SkinDepthText['columns'][number]

/** Columns and scale are the same in every language (the loader checks it), so the geometry reads them from the default one. */
const GEOMETRY = getDiagrams(defaultLocale().code).skinDepth
const SKIN_COLUMNS = GEOMETRY.columns
const SKIN_SCALE_MAX_MM = GEOMETRY.scaleMaxMm

const ID = 'diagram-skin-depth'

// Geometry (user units). One drawing serves every screen: the picture is naturally tall and narrow.
const W = NARROW_WIDTH
const AXIS_X = 38
const COL_LEFT = 42
const COL_WIDTH = 40
const LAYER_RIGHT = COL_LEFT + COL_WIDTH * SKIN_COLUMNS.length // 202: leaves room for "Hypodermis" with wide text spacing
const LABEL_X = LAYER_RIGHT + 10
const SURFACE = 70
const MM = 22 // user units per millimetre: the depth scale is true for the needles
const EPIDERMIS_MM = 0.4 // schematic
const DERMIS_MM = 3.6 // schematic (wavy boundary around this depth)
const BOTTOM = SURFACE + SKIN_SCALE_MAX_MM * MM

const y = (mm: number) => SURFACE + mm * MM
const colX = (i: number) => COL_LEFT + COL_WIDTH * i + COL_WIDTH / 2

/** Wavy dermis–fat boundary (schematic): the real boundary is uneven. */
function boundaryPoints(): [number, number][] {
  const pts: [number, number][] = []
  const at = (x: number): [number, number] => [x, y(DERMIS_MM) + Math.sin((x - AXIS_X) / 14) * 6]
  for (let x = AXIS_X; x < LAYER_RIGHT; x += 6) pts.push(at(x))
  pts.push(at(LAYER_RIGHT))
  return pts
}

function Needle({ x, toMm, dashed = false }: { x: number; toMm: number; dashed?: boolean }) {
  const tip = y(toMm)
  return (
    <g>
      <line x1={x} y1={SURFACE - 12} x2={x} y2={tip - 5} className="d-needle" strokeWidth={3} strokeDasharray={dashed ? '6 4' : undefined} />
      <path d={`M ${x - 3} ${tip - 6} L ${x} ${tip} L ${x + 3} ${tip - 6} Z`} className="d-needle-tip" />
    </g>
  )
}

function Column({ col, i, svgId }: { col: SkinColumn; i: number; svgId: string }) {
  const x = colX(i)
  const p = patternIds(svgId)
  switch (col.kind) {
    case 'limit': {
      const mm = col.mm[0] ?? 4
      return (
        <g>
          <rect x={x - 8} y={SURFACE - 20} width={16} height={10} rx={2} className="d-hub" />
          <Needle x={x} toMm={mm} />
          <ellipse cx={x} cy={y(mm) - 8} rx={9} ry={6} className="d-deposit" />
          <line x1={x - 20} x2={x + 20} y1={y(mm)} y2={y(mm)} className="d-limit" strokeWidth={2} strokeDasharray="4 3" />
        </g>
      )
    }
    case 'lengths': {
      const xs = col.mm.map((_, k) => x - 12 + k * 12)
      return (
        <g>
          <rect x={x - 18} y={SURFACE - 20} width={36} height={10} rx={2} className="d-hub" />
          {col.mm.map((mm, k) => (
            <Needle key={mm} x={xs[k] ?? x} toMm={mm} />
          ))}
        </g>
      )
    }
    case 'claim': {
      const [from = 4, to = 13] = col.mm
      return (
        <g>
          <rect x={x - 8} y={SURFACE - 20} width={16} height={10} rx={2} className="d-hub" />
          <rect x={x - 9} y={y(from)} width={18} height={(to - from) * MM} fill={`url(#${p.hatch})`} className="d-claim-box" strokeWidth={1.5} />
          <Needle x={x} toMm={from} />
        </g>
      )
    }
    case 'target': {
      const arrowTo = DERMIS_MM + 2.2
      return (
        <g>
          <rect x={x - 8} y={SURFACE - 20} width={16} height={10} rx={2} className="d-hub" />
          <Needle x={x} toMm={arrowTo} dashed />
          <ellipse cx={x} cy={y(arrowTo) + 12} rx={14} ry={9} fill={`url(#${p.hatchDense})`} className="d-deposit-outline" strokeWidth={1.5} />
          <text x={x + 17} y={y(arrowTo) + 4} fontSize={MIN_FONT + 3} fontWeight={700} className="d-text">
            ?
          </text>
        </g>
      )
    }
  }
}

function drawing(svgId: string, t: SkinDepthText) {
  const p = patternIds(svgId)
  const boundary = boundaryPoints()
  const boundaryPath = boundary.map(([bx, by], k) => `${k === 0 ? 'M' : 'L'} ${bx.toFixed(1)} ${by.toFixed(1)}`).join(' ')
  const back = [...boundary]
    .reverse()
    .map(([bx, by]) => `L ${bx.toFixed(1)} ${by.toFixed(1)}`)
    .join(' ')
  const dermisPath = `M ${AXIS_X} ${y(EPIDERMIS_MM)} L ${LAYER_RIGHT} ${y(EPIDERMIS_MM)} ${back} Z`
  const fatPath = `${boundaryPath} L ${LAYER_RIGHT} ${BOTTOM} L ${AXIS_X} ${BOTTOM} Z`
  const ticks = Array.from({ length: SKIN_SCALE_MAX_MM + 1 }, (_, mm) => mm)
  const boundaryMid = y(DERMIS_MM)

  // Legend below the drawing.
  const legendTop = BOTTOM + 30
  const lh = lineHeight(MIN_FONT)
  const legendNote = wrap(t.labels.legendNote, W - 8, MIN_FONT)
  const legendRows = [
    { key: 'solid', text: t.labels.legend.solid },
    { key: 'hatch', text: t.labels.legend.hatch },
    { key: 'dashed', text: t.labels.legend.dashed },
  ] as const
  const noteTop = legendTop + legendRows.length * (lh + 6) + 6
  const height = noteTop + legendNote.length * lh + 4

  const body = (
    <g>
      {/* Column letters and values (mm) */}
      <text x={AXIS_X - 4} y={44} fontSize={MIN_FONT} textAnchor="end" className="d-muted">
        {t.labels.mm}
      </text>
      {t.columns.map((c, i) => (
        <g key={c.key}>
          <text x={colX(i)} y={20} fontSize={MIN_FONT + 1} fontWeight={700} textAnchor="middle" className="d-text">
            {c.key}
          </text>
          <text x={colX(i)} y={44} fontSize={MIN_FONT} textAnchor="middle" className="d-text">
            {c.head}
          </text>
        </g>
      ))}

      {/* Skin layers (schematic thicknesses) */}
      <path d={fatPath} fill={`url(#${p.dots})`} className="d-layer-fat" />
      <path d={dermisPath} className="d-layer-dermis" />
      <rect x={AXIS_X} y={SURFACE} width={LAYER_RIGHT - AXIS_X} height={EPIDERMIS_MM * MM} className="d-layer-epi" />
      <path d={boundaryPath} className="d-layer-line" fill="none" strokeWidth={1.5} />
      <line x1={AXIS_X} x2={LAYER_RIGHT} y1={SURFACE} y2={SURFACE} className="d-layer-line" strokeWidth={2} />

      {/* Depth axis: true millimetres */}
      <line x1={AXIS_X} x2={AXIS_X} y1={SURFACE} y2={BOTTOM} className="d-axis" strokeWidth={1.5} />
      {ticks.map((mm) => (
        <g key={mm}>
          <line x1={AXIS_X - (mm % 2 === 0 ? 6 : 3)} x2={AXIS_X} y1={y(mm)} y2={y(mm)} className="d-axis" strokeWidth={1.5} />
          {mm % 2 === 0 ? (
            <text x={AXIS_X - 9} y={y(mm) + 5} fontSize={MIN_FONT} textAnchor="end" className="d-text">
              {mm}
            </text>
          ) : null}
        </g>
      ))}

      {/* Layer names with brackets */}
      <g className="d-text">
        <line x1={LABEL_X - 6} x2={LABEL_X - 6} y1={SURFACE} y2={y(EPIDERMIS_MM)} className="d-bracket" strokeWidth={3} />
        <text x={LABEL_X} y={SURFACE + 6} fontSize={MIN_FONT}>
          {t.labels.epidermis}
        </text>
        <line x1={LABEL_X - 6} x2={LABEL_X - 6} y1={y(EPIDERMIS_MM) + 3} y2={boundaryMid - 3} className="d-bracket" strokeWidth={3} />
        <text x={LABEL_X} y={(y(EPIDERMIS_MM) + boundaryMid) / 2 + 5} fontSize={MIN_FONT}>
          {t.labels.dermis}
        </text>
        <line x1={LABEL_X - 6} x2={LABEL_X - 6} y1={boundaryMid + 3} y2={BOTTOM} className="d-bracket" strokeWidth={3} />
        <TextLines x={LABEL_X} y={boundaryMid + 60} lines={t.labels.hypodermis} />
      </g>

      {/* Needles */}
      {SKIN_COLUMNS.map((c, i) => (
        <Column key={c.key} col={c} i={i} svgId={svgId} />
      ))}

      {/* Legend */}
      {legendRows.map((r, k) => {
        const ly = legendTop + k * (lh + 6)
        return (
          <g key={r.key}>
            {r.key === 'solid' ? <line x1={4} x2={32} y1={ly - 5} y2={ly - 5} className="d-needle" strokeWidth={3} /> : null}
            {r.key === 'hatch' ? <rect x={4} y={ly - 12} width={28} height={14} fill={`url(#${p.hatch})`} className="d-claim-box" strokeWidth={1.5} /> : null}
            {r.key === 'dashed' ? <line x1={4} x2={32} y1={ly - 5} y2={ly - 5} className="d-needle" strokeWidth={3} strokeDasharray="6 4" /> : null}
            <text x={42} y={ly} fontSize={MIN_FONT} className="d-text">
              {r.text}
            </text>
          </g>
        )
      })}
      <TextLines x={4} y={noteTop} lines={legendNote} className="d-muted" />
    </g>
  )
  return { height, body }
}

/** Skin layers with the injection depths and needle lengths the sources give (how-it-works). */
export function SkinDepthDiagram({ content, scope, locale }: { content: Content; scope: CitationScope; locale: string }) {
  const t = getDiagrams(locale).skinDepth
  const { height, body } = drawing(svgIdOf(ID, 'single'), t)
  return (
    <DiagramFigure
      id={ID}
      className="diagram-tall"
      title={t.title}
      desc={t.desc}
      drawings={[{ kind: 'single', width: W, height, body }]}
      caption={
        <>
          <p>{t.caption}</p>
          <dl className="diagram-key">
            {t.columns.map((c) => (
              <div key={c.key}>
                <dt>{c.key}</dt>
                <dd>
                  {c.parts.map((part, k) => (
                    <span key={k}>
                      {k > 0 ? ' ' : null}
                      {part.text}
                      <Cites ids={[part.source]} content={content} scope={scope} />.{part.after ? ` ${part.after}` : null}
                    </span>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </>
      }
    />
  )
}
