/**
 * Data of the aftercare timeline (aftercare). Pure data, no React: lib/content/diagram-sources.ts
 * reads the citation order from here. Times and signs come from the aftercare article and its
 * sources; where a source gives no time, the bar fades out instead of ending.
 */

/** Time points of the axis, in hours after the session; they are spaced evenly (the scale stretches the first days). */
export const AFTERCARE_TICKS: readonly { hours: number; short: string; long: string }[] = [
  { hours: 0, short: '0', long: 'the session' },
  { hours: 8, short: '8h', long: '8 hours' },
  { hours: 24, short: '1d', long: '1 day' },
  { hours: 48, short: '2d', long: '2 days' },
  { hours: 72, short: '3d', long: '3 days' },
  { hours: 168, short: '1wk', long: '1 week' },
  { hours: 336, short: '2wk', long: '2 weeks' },
  { hours: 504, short: '3wk', long: '3 weeks' },
  { hours: 672, short: '4wk', long: '4 weeks' },
]

export type BarStyle =
  /** Normal effect with no known end: fades out. */
  | 'fade'
  /** Clinic rule. */
  | 'rule'
  /** A longer clinic rule from another clinic. */
  | 'rule-other'
  /** Warning sign: get help. */
  | 'alert'
  /** Warning sign that can still start later: keep watching. */
  | 'alert-open'

export interface AftercareBar {
  from: number
  to: number
  style: BarStyle
}

export interface AftercareRow {
  key: string
  label: string
  sub: string
  bars: readonly AftercareBar[]
  /** A single point in time (hours), drawn as a diamond. */
  at?: number
}

export interface AftercareGroup {
  key: 'normal' | 'rules' | 'help'
  heading: string
  rows: readonly AftercareRow[]
  /** Sources of this group, in caption order. */
  sources: readonly string[]
}

export const AFTERCARE_GROUPS: readonly AftercareGroup[] = [
  {
    key: 'normal',
    heading: 'Normal: look after it yourself',
    sources: ['faetani2021'],
    rows: [
      {
        key: 'soreness',
        label: 'Pain, redness, swelling, spots of blood',
        sub: 'Short-lived; no source gives exact times',
        bars: [{ from: 0, to: 168, style: 'fade' }],
      },
      { key: 'bruising', label: 'Bruising', sub: 'Fades; no source says how long it takes', bars: [{ from: 0, to: 336, style: 'fade' }] },
    ],
  },
  {
    key: 'rules',
    heading: 'What clinics tell you to avoid (rules differ and were never tested)',
    sources: ['innatebeauty-aftercare', 'simplyaesthetics-aftercare', 'seed004'],
    rows: [
      { key: 'washing', label: 'Washing the area', sub: 'One clinic: 8 hours', bars: [{ from: 0, to: 8, style: 'rule' }] },
      { key: 'soaks', label: 'Massage, long soaks', sub: 'Translated article: 24 hours', bars: [{ from: 0, to: 24, style: 'rule' }] },
      { key: 'exercise', label: 'Exercise', sub: 'Both clinics: 48 hours', bars: [{ from: 0, to: 48, style: 'rule' }] },
      { key: 'sauna', label: 'Sauna, hot tub, warm pool', sub: 'One clinic: 72 hours', bars: [{ from: 0, to: 72, style: 'rule' }] },
      {
        key: 'sun',
        label: 'Sun',
        sub: 'One clinic and the article: 48 hours. The other clinic: 10 days on the body',
        bars: [
          { from: 0, to: 48, style: 'rule' },
          { from: 48, to: 240, style: 'rule-other' },
        ],
      },
      { key: 'peels', label: 'Peels or laser on the area', sub: 'One clinic: 14 days', bars: [{ from: 0, to: 336, style: 'rule' }] },
    ],
  },
  {
    key: 'help',
    heading: 'Warning signs: get help',
    sources: ['has2014', 'cordoba2017', 'gutierrez2010'],
    rows: [
      {
        key: 'anaphylaxis',
        label: 'Trouble breathing, swollen face or throat, feeling faint',
        sub: 'Emergency: call your local emergency number',
        bars: [{ from: 0, to: 8, style: 'alert' }],
      },
      {
        key: 'late-allergy',
        label: 'Itchy rash or blisters at the needle marks',
        sub: 'Late allergy, seen about a week after: call your doctor',
        bars: [],
        at: 168,
      },
      {
        key: 'lumps',
        label: 'Painful lumps, pus or open sores',
        sub: 'Infection, seen 7 to 20 days after: see a doctor. Keep watching for weeks',
        bars: [
          { from: 168, to: 480, style: 'alert' },
          { from: 480, to: 672, style: 'alert-open' },
        ],
      },
      {
        key: 'spreading',
        label: 'Spreading redness, heat, fever',
        sub: 'At any time: get care the same day',
        bars: [{ from: 0, to: 672, style: 'alert-open' }],
      },
    ],
  },
]

/** Sources the caption cites, in render order. */
export const AFTERCARE_TIMELINE_CITATIONS: readonly string[] = AFTERCARE_GROUPS.flatMap((g) => g.sources)

export const AFTERCARE_TIMELINE_TITLE = 'After a session: what is normal, what clinics advise, and when to get help'
