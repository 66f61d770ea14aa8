/**
 * Which pages the benchmark measures: one of every page type found in the export. Fixed types
 * (home, article, FAQ, sources, a tool, the estimator) plus one child page of every other
 * top-level section that has child pages (e.g. `/options/<goal>/`), so a new page type is
 * measured as soon as it is exported.
 */
import fs from 'node:fs'
import path from 'node:path'

export interface PageType {
  type: string
  path: string
}

/** Preferred page of each fixed type; the first exported child page is the fallback. */
const FIXED: { type: string; path: string; section?: string; exclude?: string[] }[] = [
  { type: 'home', path: '/' },
  { type: 'article', path: '/articles/what-is-mesotherapy/', section: 'articles', exclude: ['glossary'] },
  { type: 'faq', path: '/faq/' },
  { type: 'sources', path: '/sources/' },
  { type: 'tool', path: '/tools/consultation-checklist/', section: 'tools', exclude: ['cost-estimator'] },
  { type: 'estimator', path: '/tools/cost-estimator/' },
]

/** Top-level folders that are not page sections, are covered above, or hold plain prose pages like articles (about). */
const NOT_SECTIONS = new Set(['about', '_next', '_islands', '_not-found', '404', 'search', '.nginx', '.well-known', 'articles', 'faq', 'sources', 'tools'])

const hasPage = (outDir: string, urlPath: string) => fs.existsSync(path.join(outDir, ...urlPath.split('/').filter(Boolean), 'index.html'))

/** Child pages of a section (`/<section>/<child>/`), sorted. */
function children(outDir: string, section: string, exclude: string[] = []): string[] {
  const dir = path.join(outDir, section)
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('_') && !exclude.includes(e.name) && fs.existsSync(path.join(dir, e.name, 'index.html')))
    .map((e) => `/${section}/${e.name}/`)
    .sort()
}

export function discoverPageTypes(outDir: string): PageType[] {
  const pages: PageType[] = []
  for (const f of FIXED) {
    if (hasPage(outDir, f.path)) pages.push({ type: f.type, path: f.path })
    else {
      const fallback = f.section ? children(outDir, f.section, f.exclude)[0] : undefined
      pages.push({ type: f.type, path: fallback ?? f.path }) // reported as not exported when missing
    }
  }
  const sections = fs
    .readdirSync(outDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !NOT_SECTIONS.has(e.name) && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort()
  for (const section of sections) {
    const first = children(outDir, section)[0]
    if (first) pages.push({ type: section, path: first })
  }
  return pages
}
