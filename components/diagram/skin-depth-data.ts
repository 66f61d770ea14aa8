/**
 * Data of the skin-depth diagram (how-it-works). Pure data, no React: lib/content/diagram-sources.ts
 * reads the citation order from here, so the caption and the content checker cannot drift apart.
 *
 * Only figures from ../shared/research/sources.md. No source gives the thickness of the skin
 * layers, so the layers are drawn schematically and the diagram says so; the millimetre scale
 * is true for the needle lengths and depths.
 */

export interface SkinPart {
  /** A sentence without its full stop: the citation goes before it, as in the articles. */
  text: string
  source: string
  /** Further sentences of ours after the cited one. */
  after?: string
}

export interface SkinColumn {
  key: 'A' | 'B' | 'C' | 'D'
  /** Short value shown above the column (millimetres, or the target layer). */
  head: string
  /** How the column is drawn. */
  kind: 'limit' | 'lengths' | 'claim' | 'target'
  /** Needle lengths or depths in mm that the column draws (empty when no source gives one). */
  mm: readonly number[]
  /** Caption sentences for the key, each with the source it comes from, in caption order. */
  parts: readonly SkinPart[]
}

/** Deepest point of the scale, in mm (the longest needle any source names is 13 mm). */
export const SKIN_SCALE_MAX_MM = 14

export const SKIN_COLUMNS: readonly SkinColumn[] = [
  {
    key: 'A',
    head: '≤ 4',
    kind: 'limit',
    mm: [4],
    parts: [
      { text: 'Classic mesotherapy puts the drug into the dermis with a short needle', source: 'mammucari2020' },
      { text: 'A review says the needle should go no deeper than 4 mm', source: 'konda-thappa' },
    ],
  },
  {
    key: 'B',
    head: '4/6/8',
    kind: 'lengths',
    mm: [4, 6, 8],
    parts: [{ text: 'An old Belgian report describes round devices with needles 4, 6 or 8 mm long', source: 'ordomedic1993' }],
  },
  {
    key: 'C',
    head: '4–13',
    kind: 'claim',
    mm: [4, 13],
    parts: [
      { text: 'A French patient leaflet claims needles from 4 to 13 mm long', source: 'sfm-text-quest-ce-que' },
      { text: 'A translated consumer article repeats this', source: 'seed004', after: 'It is a claim, not a measurement from a study.' },
    ],
  },
  {
    key: 'D',
    head: 'fat',
    kind: 'target',
    mm: [],
    parts: [
      {
        text: 'Fat-dissolving shots are aimed into the fat under the skin',
        source: 'fda2010-lipodissolve',
        after: 'No source gives a depth in mm, so the arrow only shows the layer.',
      },
    ],
  },
]

/** Sources the caption cites, in render order. */
export const SKIN_DEPTH_CITATIONS: readonly string[] = SKIN_COLUMNS.flatMap((c) => c.parts.map((p) => p.source))

export const SKIN_DEPTH_TITLE = 'How deep the needles go, by source'

export const SKIN_DEPTH_DESC =
  'Cross-section of the skin with a depth scale from 0 to 14 millimetres. From the top: the thin epidermis, the dermis, ' +
  'then fat (the hypodermis). Layer thicknesses are typical, not to scale; the millimetre scale is true for the needles. ' +
  'Column A: classic mesotherapy puts the drug into the dermis, and a review says the needle should go no deeper than 4 mm. ' +
  'Column B: an old Belgian report describes needles 4, 6 and 8 mm long. ' +
  'Column C, hatched because it is a claim: a French leaflet and a translated consumer article give needles 4 to 13 mm long, ' +
  'which reaches far below the 4 mm limit. ' +
  'Column D, dashed: fat-dissolving shots are aimed into the fat under the skin; no source gives a depth.'
