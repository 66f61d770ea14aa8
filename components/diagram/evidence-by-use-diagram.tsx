import type { Content } from '@/lib/content'
import type { CitationScope } from '@/lib/citations/scope'
import { EVIDENCE_INFO, type EvidenceLevel } from '@/lib/content/taxonomy'
import { Cites } from './caption'
import { DiagramFigure, LABEL_FONT, rowChartDrawings, type ChartRow, type ChartSection } from './svg-kit'
import { EVIDENCE_BY_USE_TITLE, EVIDENCE_ROWS, type EvidenceRow } from './evidence-by-use-data'

const ID = 'diagram-evidence-by-use'
const R = 7
const PITCH = 19

/** Filled dots of a level's mark (●●●○ → 3). */
const filledDots = (level: EvidenceLevel) => [...EVIDENCE_INFO[level].mark].filter((c) => c === '●').length
const totalDots = (level: EvidenceLevel) => [...EVIDENCE_INFO[level].mark].length

function row(r: EvidenceRow): ChartRow {
  return {
    key: r.key,
    label: r.use,
    sub: r.basis,
    height: 2 * R + 4,
    draw: (x0, _x1, top) => {
      const filled = filledDots(r.level)
      const cy = top + R + 2
      const textX = x0 + totalDots(r.level) * PITCH + 6
      return (
        <g className={`d-ev d-ev-${r.level}`}>
          {Array.from({ length: totalDots(r.level) }, (_, k) => (
            <circle key={k} cx={x0 + R + k * PITCH} cy={cy} r={R} className={k < filled ? 'd-ev-dot' : 'd-ev-hollow'} strokeWidth={2} />
          ))}
          <text x={textX} y={cy + 6} fontSize={LABEL_FONT} fontWeight={700} className="d-ev-label">
            {EVIDENCE_INFO[r.level].label}
          </text>
        </g>
      )
    },
  }
}

function sections(): ChartSection[] {
  return [
    { key: 'uses', heading: 'Mesotherapy, by what it is used for', rows: EVIDENCE_ROWS.filter((r) => !r.comparison).map(row) },
    { key: 'comparison', heading: 'For comparison: not a mesotherapy mix', rows: EVIDENCE_ROWS.filter((r) => r.comparison).map(row) },
  ]
}

function description(): string {
  const rows = EVIDENCE_ROWS.map(
    (r) =>
      `${r.comparison ? 'For comparison, not a mesotherapy mix: ' : ''}${r.use}: ${EVIDENCE_INFO[r.level].label.toLowerCase()} ` +
      `(${filledDots(r.level)} of 4 dots filled). ${r.basis}.`,
  )
  return [
    'Chart rating the evidence for each use of mesotherapy with a text label and four dots: four filled dots means good evidence, three some evidence, two weak evidence, one no good evidence, and none means contradicted by better studies.',
    ...rows,
  ].join(' ')
}

/** Evidence level for each use, with the same labels and dot marks as the article's evidence labels (evidence-and-regulation). */
export function EvidenceByUseDiagram({ content, scope }: { content: Content; scope: CitationScope }) {
  return (
    <DiagramFigure
      id={ID}
      title={EVIDENCE_BY_USE_TITLE}
      desc={description()}
      drawings={rowChartDrawings(ID, () => sections())}
      caption={
        <>
          <p>
            The dots and words match the evidence labels in the text. <a href="/about/#evidence-levels">How we rate evidence</a>.
          </p>
          <p>
            Rows, top to bottom:{' '}
            {EVIDENCE_ROWS.map((r, i) => (
              <span key={r.key}>
                {i === 0 ? r.use : r.use.charAt(0).toLowerCase() + r.use.slice(1)}
                <Cites ids={r.sources} content={content} scope={scope} />
                {i < EVIDENCE_ROWS.length - 1 ? '; ' : '.'}
              </span>
            ))}
          </p>
        </>
      }
    />
  )
}
