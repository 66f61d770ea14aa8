import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ExportError } from '@/scripts/export/export-error'
import { bundleIslands, headTags, islandNames, type IslandBundle } from '@/scripts/export/islands'
import { processPage } from '@/scripts/export/page'

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/export')
const home = fs.readFileSync(path.join(fixtures, 'next-home.html'), 'utf8')
const withBody = (html: string, extra: string) => html.replace('</body>', `${extra}</body>`)

describe('bundleIslands (esbuild) on a fixture island set', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'islands-test-'))
  let bundle: IslandBundle
  const read = (url: string) => fs.readFileSync(path.join(out, url), 'utf8')
  beforeAll(async () => {
    bundle = await bundleIslands({ islandsDir: path.join(fixtures, 'islands'), outDir: out })
  })
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }))

  it('finds one island per .ts file', () => {
    expect(islandNames(path.join(fixtures, 'islands'))).toEqual(['counter', 'greet', 'theme-init'])
    expect(islandNames(path.join(fixtures, 'no-such-folder'))).toEqual([])
  })

  it('writes content-hashed, minified files under _islands/', () => {
    expect(bundle.themeInit).toMatch(/^\/_islands\/theme-init-[A-Z0-9]{8}\.js$/)
    expect(Object.keys(bundle.modules).sort()).toEqual(['counter', 'greet'])
    for (const f of bundle.files) expect(fs.existsSync(path.join(out, f)), f).toBe(true)
    expect(bundle.modules.greet?.src).toMatch(/^\/_islands\/greet-[A-Z0-9]{8}\.js$/)
    expect(read(bundle.modules.greet?.src as string)).not.toMatch(/\n\s+/)
  })

  it('makes theme-init a classic script (no import/export) and the others ES modules', () => {
    const theme = read(bundle.themeInit as string)
    expect(theme).not.toMatch(/\bimport\b|\bexport\b/)
    expect(theme).toContain('dataset.js')
    expect(read(bundle.modules.greet?.src as string)).toMatch(/^import\{/)
  })

  it('splits shared code into a chunk both islands preload, and keeps import() lazy', () => {
    const greet = bundle.modules.greet as { preload: string[] }
    const counter = bundle.modules.counter as { src: string; preload: string[] }
    expect(greet.preload).toHaveLength(1)
    expect(counter.preload).toEqual(greet.preload)
    expect(read(greet.preload[0] as string)).toContain('[island shared label]')
    expect(read(counter.src)).toMatch(/import\("\.\/chunk-[A-Z0-9]+\.js"\)/)
    const lazy = bundle.files.find((f) => f.endsWith('.js') && read(`/${f}`).includes('formatted by the lazy chunk'))
    expect(lazy).toBeDefined()
    expect(counter.preload).not.toContain(`/${lazy}`)
  })

  it('injects theme-init on every page, and a module only where data-island names it', () => {
    const plain = processPage(home, '/index.html', bundle).html
    expect(plain).toContain(`<meta charSet="utf-8"/><script src="${bundle.themeInit}"></script>`)
    expect(plain).not.toContain('type="module"')
    expect(plain).not.toContain('modulepreload')

    const page = processPage(withBody(home, '<p data-island="greet"></p>'), '/index.html', bundle)
    expect(page.islands).toEqual(['greet'])
    const tags = `<link rel="modulepreload" href="${bundle.modules.greet?.preload[0]}"/><script type="module" src="${bundle.modules.greet?.src}"></script></head>`
    expect(page.html).toContain(tags)
    expect(page.html).not.toContain(bundle.modules.counter?.src as string)
    expect(page.html).not.toMatch(/__next_f|\/_next\/static\/chunks\/[^"]+\.js/)
  })

  it('preloads a shared chunk once for two islands', () => {
    const { late } = headTags(bundle, ['counter', 'greet'], '/p.html')
    expect(late.match(/modulepreload/g)).toHaveLength(1)
    expect(late.match(/type="module"/g)).toHaveLength(2)
  })

  it('fails the build for a data-island without a module, naming the page', () => {
    expect(() => processPage(withBody(home, '<div data-island="missing"></div>'), '/faq/index.html', bundle)).toThrow(
      new ExportError('/faq/index.html', 'data-island="missing"', 'no island module islands/missing.ts; add it or remove the attribute (the page would wait for a script that does not exist)'),
    )
  })
})

describe('bundleIslands refuses a framework in the browser', () => {
  it('fails when an island imports React', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'islands-bad-'))
    try {
      await expect(bundleIslands({ islandsDir: path.join(fixtures, 'islands-bad'), outDir: out })).rejects.toThrow(/imports React/)
    } finally {
      fs.rmSync(out, { recursive: true, force: true })
    }
  })
})
