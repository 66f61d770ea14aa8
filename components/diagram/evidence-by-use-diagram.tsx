import type { Content } from '@/lib/content'
import type { CitationScope } from '@/lib/citations/scope'
import { EVIDENCE_MARKS, type EvidenceLevel } from '@/lib/content/taxonomy'
import type { UiText } from '@/lib/content/ui'
import { Cites } from './caption'
import { DiagramFigure, LABEL_FONT, rowChartDrawings, type ChartRow, type ChartSection } from './svg-kit'
import { RichText } from '@/components/tool/rich-text'
import { fillLabel } from '@/lib/content'
import { getDiagrams, type EvidenceByUseText } from '@/lib/content/diagrams'

type EvidenceRow = EvidenceByUseText['rows'][number]

const ID = 'diagram-evidence-by-use'
const R = 7
const PITCH = 19

/** Filled dots of a level's mark (●●●○ → 3). */
const filledDots = (level: EvidenceLevel) => [...EVIDENCE_MARKS[level]].filter((c) => c === '●').length
const totalDots = (level: EvidenceLevel) => [...EVIDENCE_MARKS[level]].length

function row(r: EvidenceRow, ui: UiText): ChartRow {
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
            {ui.evidenceLevels[r.level].label}
          </text>
        </g>
      )
    },
  }
}

function sections(t: EvidenceByUseText, ui: UiText): ChartSection[] {
  return [
    { key: 'uses', heading: t.usesHeading, rows: t.rows.filter((r) => !r.comparison).map((r) => row(r, ui)) },
    { key: 'comparison', heading: t.comparisonHeading, rows: t.rows.filter((r) => r.comparison).map((r) => row(r, ui)) },
  ]
}

function description(t: EvidenceByUseText, ui: UiText): string {
  const rows = t.rows.map(
    (r) =>
      `${r.comparison ? t.desc.comparisonPrefix : ''}` +
      fillLabel(t.desc.row, { use: r.use, level: ui.evidenceLevels[r.level].label.toLowerCase(), filled: filledDots(r.level), basis: r.basis }),
  )
  return [t.desc.intro, ...rows].join(' ')
}

/** Evidence level for each use, with the same labels and dot marks as the article's evidence labels (evidence-and-regulation). */
export function EvidenceByUseDiagram({ content, scope, locale }: { content: Content; scope: CitationScope; locale: string }) {
  const t = getDiagrams(locale).evidenceByUse
  const rows = t.rows
  return (
    <DiagramFigure
      id={ID}
      title={t.title}
      desc={description(t, content.ui)}
      drawings={rowChartDrawings(ID, () => sections(t, content.ui))}
      caption={
        <>
          <p>
            <RichText text={t.caption} locale={locale} />
          </p>
          <p>
            {t.rowsIntro}{' '}
            {rows.map((r, i) => (
              <span key={r.key}>
                {i === 0 ? r.use : r.use.charAt(0).toLowerCase() + r.use.slice(1)}
                <Cites ids={r.sources} content={content} scope={scope} />
                {i < rows.length - 1 ? t.separator : '.'}
              </span>
            ))}
          </p>
        </>
      }
    />
  )
}
