/**
 * Data of the evidence-by-use diagram (evidence-and-regulation). Pure data, no React:
 * lib/content/diagram-sources.ts reads the citation order from here. The levels are the ones the
 * article's <Evidence> labels give for each use (lib/content/taxonomy.ts EVIDENCE_INFO).
 */
import type { EvidenceLevel } from '../../lib/content/taxonomy'

export interface EvidenceRow {
  key: string
  use: string
  /** What the level rests on, in a few words. */
  basis: string
  level: EvidenceLevel
  sources: readonly string[]
  /** Shown apart, for comparison (not a mesotherapy mix). */
  comparison?: boolean
}

export const EVIDENCE_ROWS: readonly EvidenceRow[] = [
  { key: 'pain', use: 'Muscle and joint pain', basis: 'Pooled trials; about as good as usual drugs', level: 'some', sources: ['faetani2021', 'costantino2011'] },
  { key: 'cellulite', use: 'Cellulite', basis: 'No cellulite treatment has clear proof', level: 'none', sources: ['luebberding2015', 'mayo-cellulite'] },
  { key: 'fat', use: 'Fat on the body (usual mixes)', basis: 'A controlled trial found no effect', level: 'contradicted', sources: ['park2008', 'fda2010-lipodissolve'] },
  { key: 'face', use: 'The face (wrinkles, ageing skin)', basis: 'Small studies, mixed results', level: 'weak', sources: ['el-domyati2012', 'savoia2013'] },
  { key: 'hair', use: 'Hair loss (drug injections)', basis: 'Small, poor-quality studies', level: 'weak', sources: ['marzban2017', 'jdt2023-hair'] },
  {
    key: 'chin',
    use: 'Approved drug for fat under the chin',
    basis: 'Large trial; one licensed drug, not a mix',
    level: 'good',
    sources: ['humphrey2016-refine2'],
    comparison: true,
  },
]

/** Sources the caption cites, in render order. */
export const EVIDENCE_BY_USE_CITATIONS: readonly string[] = EVIDENCE_ROWS.flatMap((r) => r.sources)

export const EVIDENCE_BY_USE_TITLE = 'How strong the evidence is, by use'
