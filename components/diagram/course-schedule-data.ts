/**
 * Data of the course-schedule diagram (procedure). Pure data, no React: lib/content/diagram-sources.ts
 * reads the citation order from here. Figures from ../shared/research/claims.md ("Where the seeds
 * disagree": number of sessions) and sources.md.
 */

export interface TimedLine {
  /** Sessions at the lower end of what the source says. */
  sessions: number
  /** Further sessions if the upper end applies (drawn hollow). */
  extra?: number
  /** Days between sessions. */
  everyDays: number
}

export interface TimedRow {
  kind: 'timed'
  source: string
  who: string
  says: string
  lines: readonly TimedLine[]
}

/** Sessions spread over a stated period with no stated gaps. */
export interface SpreadRow {
  kind: 'spread'
  source: string
  who: string
  says: string
  sessions: number
  overWeeks: number
}

/** Only a number of sessions, no timing. */
export interface CountRow {
  kind: 'count'
  source: string
  who: string
  says: string
  min: number
  max?: number
  orMore?: boolean
  /** Short text after the squares. */
  after: string
}

/** Length of the time axis in weeks (the longest stated schedule, 8 sessions 15 days apart, ends at week 15). */
export const SCHEDULE_WEEKS = 16

export const SCHEDULE_TIMED: readonly (TimedRow | SpreadRow)[] = [
  { kind: 'timed', source: 'seed000', who: 'Celebrity health-news site', says: 'twice a week for 4 to 8 weeks', lines: [{ sessions: 8, extra: 8, everyDays: 3.5 }] },
  {
    kind: 'timed',
    source: 'seed003',
    who: 'Maker of mesotherapy products',
    says: 'about 8 sessions, 7 or 15 days apart (two lines)',
    lines: [
      { sessions: 8, everyDays: 7 },
      { sessions: 8, everyDays: 15 },
    ],
  },
  { kind: 'timed', source: 'park2008', who: 'Thigh-fat trial (20 women)', says: '12 sessions, one a week', lines: [{ sessions: 12, everyDays: 7 }] },
  { kind: 'timed', source: 'el-domyati2012', who: 'Face study (6 people)', says: '6 sessions, 2 weeks apart', lines: [{ sessions: 6, everyDays: 14 }] },
  { kind: 'timed', source: 'savoia2013', who: 'Face study (50 people)', says: '4 sessions, 15 days apart', lines: [{ sessions: 4, everyDays: 15 }] },
  { kind: 'spread', source: 'amin2006', who: 'Face study (10 people)', says: '4 sessions over about 6 months; gaps not given', sessions: 4, overWeeks: 26 },
]

export const SCHEDULE_COUNT: readonly CountRow[] = [
  { kind: 'count', source: 'seed001', who: 'Unsigned consumer article', says: 'at least 10 sessions, sometimes more', min: 10, orMore: true, after: '10 or more' },
  { kind: 'count', source: 'seed002', who: 'Device seller’s blog', says: '4 to 10 sessions, then top-ups every few months', min: 4, max: 10, after: '4–10, then top-ups' },
  { kind: 'count', source: 'paolucci2019', who: 'Review of pain studies', says: '1 to 9 sessions; timing varied', min: 1, max: 9, after: '1–9' },
]

/** Sources for the caption's opening sentences (no standard schedule; no guidelines). */
export const SCHEDULE_NOTE_SOURCES: readonly string[] = ['sivagnanam2010', 'mammucari2021']

/** Sources the caption cites, in render order. */
export const COURSE_SCHEDULE_CITATIONS: readonly string[] = [
  ...SCHEDULE_NOTE_SOURCES,
  ...SCHEDULE_TIMED.map((r) => r.source),
  ...SCHEDULE_COUNT.map((r) => r.source),
]

export const COURSE_SCHEDULE_TITLE = 'How many sessions, and how far apart: what each source says'
