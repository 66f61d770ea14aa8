/**
 * Languages: every page has its counterpart in every language, no translation is stale, the interface
 * words have the same keys everywhere, links map between languages, and a third language (a tiny fixture)
 * gets its routes, hreflang links and interface words with no code change.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import YAML from 'yaml'
import { afterAll, describe, expect, it } from 'vitest'
import { ContentValidationError, readContent, readLocales } from '@/lib/content'
import { alternatesOf, localizeHref, translatePath } from '@/lib/content/links'
import { articleParams, goalParams, localeParams } from '@/lib/content/routes'
import { sitePages } from '@/lib/pages'
import { VALID } from './fixture'

const ROOT = path.resolve(__dirname, '../../../content')
const others = readLocales(ROOT).filter((l) => !l.default)

describe.each(others.map((l) => [l.code]))('the %s edition', (code) => {
  const en = readContent(ROOT)
  const tr = readContent(ROOT, code)

  it('has every English page, answer, disagreement and options page', () => {
    expect(tr.untranslated, `translate these into content/${tr.locale.dir}/`).toEqual([])
  })

  it('has no stale translation (the English changed after it was translated)', () => {
    const stale = tr.translations.filter((t) => t.stale).map((t) => `${t.file} (translates ${t.englishFile}; recorded ${t.recorded}, now ${t.current})`)
    expect(stale, 'translate the English changes, then set sourceHash to the new hash').toEqual([])
  })

  it('links every page both ways (hreflang and the language switch)', () => {
    const pairs = [
      ...en.articles.map((a) => [a.href, tr.articles.find((x) => x.key === a.key)?.href]),
      ...(en.options?.goals ?? []).map((g) => [g.href, tr.options?.goals.find((x) => x.key === g.key)?.href]),
      ...en.faqs.map((f) => [f.href, tr.faqs.find((x) => x.key === f.key)?.href]),
    ]
    for (const [a, b] of pairs) {
      expect(b, `${a} has no ${code} page`).toBeDefined()
      expect(translatePath(a!, 'en', code)).toBe(b)
      expect(translatePath(b!, code, 'en')).toBe(a)
    }
  })

  it('maps links to article sections heading by heading', () => {
    const aftercare = tr.articles.find((a) => a.key === 'aftercare')!
    const enAftercare = en.articles.find((a) => a.key === 'aftercare')!
    const i = enAftercare.headings.findIndex((h) => h.id === 'when-to-get-help-at-any-time')
    expect(i).toBeGreaterThanOrEqual(0)
    expect(localizeHref(code, '/articles/aftercare/#when-to-get-help-at-any-time')).toBe(`${aftercare.href}#${aftercare.headings[i]!.id}`)
    expect(localizeHref(code, 'https://example.org/x')).toBe('https://example.org/x')
    expect(localizeHref(code, '/tools/cost-estimator/')).toBe(`${tr.locale.prefix}/tools/cost-estimator/`)
  })

  it('shows a dated note on a stale page, linking to that page in English (an answer, an options page)', async () => {
    const { TranslationNote } = await import('@/components/currency/translation-note')
    const { renderToStaticMarkup } = await import('react-dom/server')
    // An answer whose key is also an article's key: the note must lead to the answer, not the article.
    const faq = tr.faqs.find((f) => f.key === 'what-is-mesotherapy')!
    const goal = tr.options!.goals[0]!
    for (const [page, enHref] of [
      [faq, en.faqs.find((f) => f.key === faq.key)!.href],
      [goal, en.options!.goals.find((g) => g.key === goal.key)!.href],
    ] as const) {
      expect(page.translation, page.file).toBeDefined()
      expect(TranslationNote({ page, content: tr }), 'no note while fresh').toBeNull()
      const html = renderToStaticMarkup(TranslationNote({ page: { translation: { ...page.translation!, stale: true } }, content: tr })!)
      expect(html).toContain(`href="${enHref}"`)
      expect(html).toContain(tr.ui.language.staleTitle)
    }
  })

  it('uses its own slugs, in ASCII', () => {
    for (const a of tr.articles) expect(a.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    for (const f of tr.faqs) expect(f.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })

  it('cites the same sources as the English, page by page', () => {
    for (const a of tr.articles) {
      const e = en.articles.find((x) => x.key === a.key)!
      expect([...new Set(a.citations.order)].sort(), a.file).toEqual([...new Set(e.citations.order)].sort())
    }
  })
})

// ——— A third language from a tiny fixture: no code change ———

const made: string[] = []
const envBefore = process.env.CONTENT_ROOT
afterAll(() => {
  made.forEach((d) => fs.rmSync(d, { recursive: true, force: true }))
  if (envBefore === undefined) delete process.env.CONTENT_ROOT
  else process.env.CONTENT_ROOT = envBefore
})

const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 16)

/** The valid fixture plus a language "xx" whose files are copies of the English ones, each with its sourceHash. */
function threeLanguageFixture(edit?: (root: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'locales-'))
  made.push(dir)
  const root = path.join(dir, 'content')
  fs.cpSync(VALID, root, { recursive: true })
  fs.copyFileSync(path.join(ROOT, 'ui.yaml'), path.join(root, 'ui.yaml'))
  fs.writeFileSync(
    path.join(root, 'locales.yaml'),
    YAML.stringify([
      { code: 'en', lang: 'en-GB', name: 'English', dir: '.', prefix: '', default: true },
      { code: 'xx', lang: 'eo', name: 'Testlingvo', dir: 'xx', prefix: '/xx' },
    ]),
  )
  const xx = path.join(root, 'xx')
  const withHeader = (file: string, text: string, slug?: string) => {
    const h = hash(file)
    if (file.endsWith('.mdx')) return text.replace(/^---\n/, `---\n${slug ? `slug: ${slug}\n` : ''}sourceHash: ${h}\n`)
    const data = YAML.parse(text) as unknown
    return YAML.stringify(Array.isArray(data) ? { sourceHash: h, entries: data } : { sourceHash: h, ...(data as object) })
  }
  for (const rel of ['site.yaml', 'glossary.yaml', 'ui.yaml', 'articles/first-article.mdx', 'articles/second-article.mdx', 'faq/does-it-hurt.mdx', 'disagreements/how-many.yaml']) {
    const from = path.join(root, rel)
    const to = path.join(xx, rel)
    fs.mkdirSync(path.dirname(to), { recursive: true })
    const slug = rel.startsWith('articles/') || rel.startsWith('faq/') ? `xx-${path.basename(rel, '.mdx')}` : undefined
    fs.writeFileSync(to, withHeader(from, fs.readFileSync(from, 'utf8'), slug))
  }
  edit?.(root)
  return root
}

describe('a third language (fixture "xx")', () => {
  it('gets its routes, hreflang links and interface words from content alone', () => {
    const root = threeLanguageFixture()
    process.env.CONTENT_ROOT = root
    expect(localeParams()).toEqual([{ locale: 'en' }, { locale: 'xx' }])
    expect(articleParams()).toEqual(
      expect.arrayContaining([
        { locale: 'en', slug: 'first-article' },
        { locale: 'xx', slug: 'xx-first-article' },
      ]),
    )
    expect(goalParams()).toEqual([])
    const xx = readContent(root, 'xx')
    expect(xx.untranslated).toEqual([])
    expect(xx.ui.nav.faq).toBe(readContent(root).ui.nav.faq)
    const paths = sitePages('xx').map((p) => p.path)
    expect(paths).toContain('/xx/')
    expect(paths).toContain('/xx/articles/xx-first-article/')
    expect(paths.every((p) => p.startsWith('/xx/'))).toBe(true)
    const page = sitePages('xx').find((p) => p.path === '/xx/articles/xx-first-article/')!
    expect(Object.keys(page.alternates).sort()).toEqual(['en-GB', 'eo', 'x-default'])
    expect(page.alternates['en-GB']).toMatch(/\/articles\/first-article\/$/)
    expect(alternatesOf('/articles/first-article/', 'en').map((a) => a.href)).toEqual(['/articles/first-article/', '/xx/articles/xx-first-article/'])
    expect(translatePath('/faq/#does-it-hurt', 'en', 'xx')).toBe('/xx/faq/#xx-does-it-hurt')
    delete process.env.CONTENT_ROOT
  })

  it('fails the build on a missing interface word, naming the key and the file', () => {
    const root = threeLanguageFixture((r) => {
      const file = path.join(r, 'xx', 'ui.yaml')
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n  faq: [^\n]*\n/, '\n'))
    })
    let problems: { file: string; field: string; message: string }[] = []
    try {
      readContent(root, 'xx')
    } catch (e) {
      expect(e).toBeInstanceOf(ContentValidationError)
      problems = (e as ContentValidationError).problems
    }
    expect(problems.map((p) => `${p.file} ${p.field}`)).toContain('content/xx/ui.yaml nav.faq')
  })

  it('lists a translation as stale when its English file changes', () => {
    const root = threeLanguageFixture((r) => fs.appendFileSync(path.join(r, 'articles', 'first-article.mdx'), '\nOne more sentence.\n'))
    const xx = readContent(root, 'xx')
    expect(xx.translations.filter((t) => t.stale).map((t) => t.file)).toEqual(['content/xx/articles/first-article.mdx'])
  })

  it('rejects a translation without sourceHash', () => {
    const root = threeLanguageFixture((r) => {
      const file = path.join(r, 'xx', 'faq', 'does-it-hurt.mdx')
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/sourceHash: \w+\n/, ''))
    })
    expect(() => readContent(root, 'xx')).toThrow(/content\/xx\/faq\/does-it-hurt\.mdx — sourceHash: is missing/)
  })
})

describe('the type of the interface words', () => {
  it('is generated from the current content/ui.yaml (run `npm run ui:types`)', async () => {
    const { renderUiTypes } = await import('@/lib/content/ui-types')
    const generated = fs.readFileSync(path.resolve(__dirname, '../../../lib/content/ui-text.generated.ts'), 'utf8')
    expect(generated).toBe(renderUiTypes(fs.readFileSync(path.join(ROOT, 'ui.yaml'), 'utf8')))
  })
})
