/** Shapes of bench/results.json (written by scripts/bench/run.ts, rendered by report.ts). */
import type { HydrationShift, LoadCount } from './browser'
import type { LighthouseSummary, Preset } from './lighthouse'
import type { LoadResult } from './loadtest'
import type { PageAssets, Sized } from './page-assets'

export interface BuildResult {
  ok: boolean
  wallS: number
  maxProcessRssMb?: number
  peakTreeRssMb: number
  phasesS: Record<string, number>
  htmlPages: number
  outFiles: number
  outMb: number
  articles: number
  searchIndex?: Record<string, Sized>
  /** HTML of a few pages of this build (raw and gzip bytes). */
  samplePages?: Record<string, Sized>
  error?: string
}

/** The same page in the scriptless copy of the export. */
export interface ScriptlessPage {
  html: Sized
  lighthouse?: LighthouseSummary
  lighthouseError?: string
}

export interface PageResult {
  type: string
  path: string
  exported: boolean
  httpStatus?: number
  weight?: PageAssets
  requests?: LoadCount
  /** Layout with JavaScript off vs on, at Lighthouse's mobile and desktop sizes. */
  hydration?: Partial<Record<Preset, HydrationShift>>
  lighthouse?: Partial<Record<Preset, LighthouseSummary>>
  lighthouseError?: string
  scriptless?: ScriptlessPage
  /** Median LCP of the site over median LCP of the scriptless copy (mobile). */
  lcpRatio?: number
}

export interface Target {
  page: string
  preset?: Preset
  metric: string
  target: string
  actual: string
  pass: boolean
  /** How far off, in the metric's unit, when missed. */
  by?: string
  why?: string
  /** The headline targets; the rest are secondary checks. */
  primary?: boolean
}

export interface Results {
  generatedAt: string
  machine: Record<string, string | number>
  /** What was measured: branch, commit, whether the tree had uncommitted changes. */
  source: { branch: string; commit: string; subject: string; dirty: boolean; note?: string }
  method: Record<string, string>
  build: { real: BuildResult; synthetic?: BuildResult }
  scriptlessCopy?: { pages: number; scriptsRemoved: number; preloadsRemoved: number; precompressedRewritten: number }
  pages: PageResult[]
  load?: LoadResult[]
  loadError?: string
  search: {
    indexes: Record<string, { raw: number; gzip: number; documents: number; loadMs: number }>
    lazyJs: { files: string[]; raw: number; gzip: number }
    firstUseFetches: { url: string; type: string; encodedBytes: number }[]
    firstUseError?: string
    latency: Record<string, { queries: number; samples: number; medianMs: number; p95Ms: number; maxMs: number }>
  }
  targets: Target[]
}
