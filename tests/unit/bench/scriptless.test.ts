import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { discoverPageTypes } from '@/scripts/bench/pages'
import { makeScriptlessCopy, stripScripts } from '@/scripts/bench/scriptless'

const PAGE = `<!doctype html><html><head>
<link rel="stylesheet" href="/_next/static/a.css"><link rel="modulepreload" href="/_islands/x.js"><link rel="preload" as="script" href="/_next/static/b.js"><link rel="preload" as="font" href="/f.woff2" crossorigin="">
<script src="/_next/static/b.js" async=""></script><script type="module" src="/_islands/x.js"></script>
<script type="application/ld+json">{"@type":"Article"}</script><script type='APPLICATION/LD+JSON'>{}</script>
</head><body><p>Text</p><script>self.__next_f.push([1,"\\u003c/script>"])</script><SCRIPT type="text/javascript">x()</SCRIPT></body></html>`

describe('stripScripts', () => {
  it('removes every script and script preload but keeps JSON-LD, styles and font preloads', () => {
    const r = stripScripts(PAGE)
    expect(r.scripts).toBe(4)
    expect(r.preloads).toBe(2)
    expect(r.html).not.toMatch(/<script(?![^>]*ld\+json)/i)
    expect(r.html).not.toMatch(/modulepreload|as="script"/)
    expect(r.html.match(/ld\+json/gi)).toHaveLength(2)
    expect(r.html).toContain('rel="stylesheet"')
    expect(r.html).toContain('as="font"')
    expect(r.html).toContain('<p>Text</p>')
  })

  it('leaves a page without scripts unchanged', () => {
    const html = '<html><head><link rel="stylesheet" href="/a.css"></head><body><p>x</p></body></html>'
    expect(stripScripts(html)).toEqual({ html, scripts: 0, preloads: 0 })
  })
})

describe('makeScriptlessCopy', () => {
  it('rewrites precompressed siblings from the stripped HTML', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scriptless-'))
    const src = path.join(tmp, 'out')
    fs.mkdirSync(path.join(src, 'faq'), { recursive: true })
    fs.writeFileSync(path.join(src, 'faq', 'index.html'), PAGE)
    fs.writeFileSync(path.join(src, 'faq', 'index.html.gz'), zlib.gzipSync(PAGE))
    fs.writeFileSync(path.join(src, 'faq', 'index.html.br'), zlib.brotliCompressSync(PAGE))
    const copy = makeScriptlessCopy(src, path.join(tmp, 'copy'))
    const html = fs.readFileSync(path.join(tmp, 'copy', 'faq', 'index.html'), 'utf8')
    expect(copy).toMatchObject({ pages: 1, scriptsRemoved: 4, preloadsRemoved: 2, precompressedRewritten: 2 })
    expect(zlib.gunzipSync(fs.readFileSync(path.join(tmp, 'copy', 'faq', 'index.html.gz'))).toString()).toBe(html)
    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(tmp, 'copy', 'faq', 'index.html.br'))).toString()).toBe(html)
    expect(fs.readFileSync(path.join(src, 'faq', 'index.html'), 'utf8')).toBe(PAGE)
    fs.rmSync(tmp, { recursive: true, force: true })
  })
})

describe('discoverPageTypes', () => {
  it('lists the fixed page types and one child page of a new section', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pages-'))
    for (const p of ['', 'articles/b', 'articles/a', 'faq', 'sources', 'tools/cost-estimator', 'tools/aftercare-sheet', 'options', 'options/smoother-skin', 'options/fat', 'about/sources']) {
      fs.mkdirSync(path.join(tmp, p), { recursive: true })
      fs.writeFileSync(path.join(tmp, p, 'index.html'), '<p>')
    }
    expect(discoverPageTypes(tmp)).toEqual([
      { type: 'home', path: '/' },
      { type: 'article', path: '/articles/a/' },
      { type: 'faq', path: '/faq/' },
      { type: 'sources', path: '/sources/' },
      { type: 'tool', path: '/tools/aftercare-sheet/' },
      { type: 'estimator', path: '/tools/cost-estimator/' },
      { type: 'options', path: '/options/fat/' },
    ])
    fs.rmSync(tmp, { recursive: true, force: true })
  })
})
