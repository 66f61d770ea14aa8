/**
 * The tool, diagram and about pages' words (content/<locale>/{tools,diagrams,pages}/): they load in
 * every language of content/locales.yaml, a translation that lost a key or a placeholder fails naming
 * the file and the key, and each translation records the hash of the English file it translates.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import YAML from 'yaml'
import { afterEach, describe, expect, it } from 'vitest'
import { readLocales } from '@/lib/content/locales'
import { getTools, resetToolsCache, TOOL_FILES } from '@/lib/content/tools'
import { getDiagrams, resetDiagramsCache, DIAGRAM_FILES } from '@/lib/content/diagrams'
import { getAboutPages, resetPagesCache, PAGE_FILES } from '@/lib/content/pages'
import { ContentValidationError } from '@/lib/content/errors'
import { makeEstimator } from '@/lib/estimator'
import { kandelMoles } from '@/lib/content/readability-fr'

const ROOT = path.resolve(__dirname, '../../../content')
/** The prose of a content file: its text leaves, without ids, links' addresses, citations or placeholders. */
function prose(data: unknown, key = ''): string[] {
  if (typeof data === 'string') {
    if (['sourceHash', 'id', 'key', 'href', 'source', 'kind', 'style', 'level', 'example', 'short'].includes(key)) return []
    const t = data.replace(/\^\[[^\]]*\]/g, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/\*\*/g, '').replace(/\{\w+\}/g, 'x').trim()
    return t ? [/[.!?:]$/.test(t) ? t : `${t}.`] : []
  }
  if (Array.isArray(data)) return data.flatMap((x) => prose(x))
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => (k === 'cites' || k === 'sources' || k === 'noteSources' ? [] : prose(v, k)))
  return []
}

const FILES = [...Object.values(TOOL_FILES), ...Object.values(DIAGRAM_FILES), ...Object.values(PAGE_FILES)].map(([f]) => f)

function resetAll() {
  resetToolsCache()
  resetDiagramsCache()
  resetPagesCache()
}

describe.each(readLocales().map((l) => [l.code, l] as const))('words of the tools, diagrams and about pages in %s', (code, locale) => {
  it('load and validate', () => {
    const t = getTools(code)
    expect(t.index.cards).toHaveLength(3)
    expect(getDiagrams(code).skinDepth.columns).toHaveLength(4)
    expect(getAboutPages(code).about.heading).toContain('{site}')
  })

  it('give the estimator its messages with numbers in the language’s format', () => {
    const est = makeEstimator(getTools(code).costEstimator.estimator, locale.lang)
    const money = est.formatRange(1200, 1200, 'EUR')
    expect(money).toBe(new Intl.NumberFormat(locale.lang, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(1200))
    const r = est.validateField('abc', { name: 'sessions', min: 1, max: 100, minInclusive: true, integer: true, decimals: 0 })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).not.toMatch(/\{\w+\}|undefined/)
  })

  if (locale.readability === 'kandel-moles') {
    it.each(FILES)('%s is easy to read (Kandel–Moles 60 or more, « facile »)', (file) => {
      const text = prose(YAML.parse(fs.readFileSync(path.join(ROOT, locale.dir, file), 'utf8'))).join('\n')
      expect(kandelMoles(text).score).toBeGreaterThanOrEqual(60)
    })
  }

  if (!locale.default) {
    it.each(FILES)('%s records the hash of the English file it translates (not stale)', (file) => {
      const english = fs.readFileSync(path.join(ROOT, file))
      const hash = createHash('sha256').update(english).digest('hex').slice(0, 16)
      const data = YAML.parse(fs.readFileSync(path.join(ROOT, locale.dir, file), 'utf8')) as { sourceHash?: string }
      expect(data.sourceHash, `content/${locale.dir}/${file} translates an older content/${file}: update the translation, then set sourceHash: '${hash}'`).toBe(hash)
    })
  }
})

describe('a broken translation fails with the file and the key', () => {
  const saved = process.env.CONTENT_ROOT
  afterEach(() => {
    if (saved === undefined) delete process.env.CONTENT_ROOT
    else process.env.CONTENT_ROOT = saved
    resetAll()
  })

  /** A copy of content/ (locales, tools, diagrams, pages) in a temp dir, with `edit` applied to one French file. */
  function fixture(file: string, edit: (data: Record<string, unknown>) => void): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'locale-text-'))
    fs.copyFileSync(path.join(ROOT, 'locales.yaml'), path.join(dir, 'locales.yaml'))
    for (const l of readLocales()) {
      for (const sub of ['tools', 'diagrams', 'pages']) {
        fs.cpSync(path.join(ROOT, l.dir, sub), path.join(dir, l.dir, sub), { recursive: true })
      }
    }
    const target = path.join(dir, 'fr', file)
    const data = YAML.parse(fs.readFileSync(target, 'utf8')) as Record<string, unknown>
    edit(data)
    fs.writeFileSync(target, YAML.stringify(data))
    process.env.CONTENT_ROOT = dir
    resetAll()
    return dir
  }

  function problems(fn: () => unknown): string[] {
    try {
      fn()
    } catch (e) {
      if (e instanceof ContentValidationError) return e.problems.map((p) => `${p.file} — ${p.field}: ${p.message}`)
      throw e
    }
    throw new Error('expected a ContentValidationError')
  }

  it('names a missing key and the French file', () => {
    fixture('tools/index.yaml', (d) => delete d.heading)
    expect(problems(() => getTools('fr'))).toEqual([expect.stringMatching(/^content\/fr\/tools\/index\.yaml — heading: is missing/)])
  })

  it('names a missing nested key', () => {
    fixture('tools/cost-estimator.yaml', (d) => delete (d.estimator as { result: Record<string, unknown> }).result.errorLabel)
    expect(problems(() => getTools('fr'))).toEqual([expect.stringMatching(/^content\/fr\/tools\/cost-estimator\.yaml — estimator\.result\.errorLabel: is missing/)])
  })

  it('names a placeholder the code fills but the translation lost', () => {
    fixture('tools/cost-estimator.yaml', (d) => {
      ;(d.estimator as { result: Record<string, string> }).result.miniTotal = 'Total'
    })
    expect(problems(() => getTools('fr'))).toEqual([expect.stringMatching(/cost-estimator\.yaml — estimator\.result\.miniTotal: must contain the placeholder \{total\}/)])
  })

  it('requires sourceHash in a translation', () => {
    fixture('pages/about.yaml', (d) => delete d.sourceHash)
    expect(problems(() => getAboutPages('fr'))).toEqual([expect.stringMatching(/^content\/fr\/pages\/about\.yaml — sourceHash: is missing/)])
  })

  it('refuses a translated diagram whose data differs from the English', () => {
    fixture('diagrams/evidence-by-use.yaml', (d) => {
      ;(d.rows as { level: string }[])[0]!.level = 'good'
    })
    expect(problems(() => getDiagrams('fr'))).toEqual([expect.stringMatching(/^content\/fr\/diagrams\/evidence-by-use\.yaml — rows\[0\]\.level: keep the English value "some"/)])
  })
})
