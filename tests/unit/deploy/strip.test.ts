import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ExportError } from '@/scripts/export/export-error'
import { STRIPPED, applyEdits, planStrip } from '@/scripts/export/strip'
import { verifyExport, pageProblems } from '@/scripts/export/verify'

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/export')
const home = fs.readFileSync(path.join(fixtures, 'next-home.html'), 'utf8')
const notFound = fs.readFileSync(path.join(fixtures, 'next-404.html'), 'utf8')
const strip = (html: string, file = '/x.html') => applyEdits(html, planStrip(html, file).edits)

/** Replaces `</body>` to add markup at the end of a real page. */
const withBody = (html: string, extra: string) => html.replace('</body>', `${extra}</body>`)
const failure = (html: string, file = '/page/index.html') => {
  try {
    planStrip(html, file)
  } catch (e) {
    if (e instanceof ExportError) return e
    throw e
  }
  throw new Error('expected the strip step to fail')
}

describe('planStrip on real Next.js 16 output', () => {
  for (const [name, html] of [['home', home], ['404', notFound]] as const) {
    it(`removes the whole runtime from the ${name} page`, () => {
      expect(html).toMatch(/self\.__next_f/)
      expect(html).toMatch(/<script src="\/_next\/static\/chunks\/[^"]+\.js" async="">/)
      const out = strip(html)
      expect(out).not.toMatch(/__next_f|TURBOPACK|<script|\/_next\/static\/chunks\/[^"]*\.js|next-size-adjust|data-precedence|<!--/)
      expect(pageProblems(out, '/x.html', () => true)).toEqual([])
    })
  }

  it('keeps everything else byte for byte: text, stylesheet, font preload, links, hidden UI', () => {
    const out = strip(home)
    expect(out.startsWith('<!DOCTYPE html><html lang="en-GB"')).toBe(true)
    expect(out).toMatch(/<link rel="stylesheet" href="\/_next\/static\/chunks\/[^"]+\.css"\/>/)
    expect(out).toMatch(/<link rel="preload" href="\/_next\/static\/media\/[^"]+\.woff2" as="font" crossorigin="" type="font\/woff2"\/>/)
    expect(out).toContain('Mesotherapy: what the evidence really says</h1>')
    expect(out).toContain('<div id="_R_elb_-results" class="header-results" hidden=""></div>')
    // React's text separator goes; the words around it join as the browser showed them.
    expect(out).toContain('(67 in all)')
    expect(out).toMatch(/<\/footer><\/body><\/html>$/)
  })

  it('reports what it removed, by kind, and only kinds it documents', () => {
    const { removed } = planStrip(home, '/index.html')
    expect(removed).toMatchObject({ 'rsc-payload': expect.any(Number), 'next-script': expect.any(Number), 'turbopack-bootstrap': 1, 'next-script-preload': 1, 'next-size-adjust-meta': 1, 'empty-boundary-div': 1 })
    for (const kind of Object.keys(removed)) expect(Object.keys(STRIPPED)).toContain(kind)
    expect(removed['next-script']).toBe((home.match(/<script src="\/_next\//g) ?? []).length)
  })

  it('is stable: stripping a stripped page changes nothing', () => {
    const once = strip(home)
    expect(strip(once)).toBe(once)
  })

  it('gives the head positions for the theme script and the island modules', () => {
    const plan = planStrip(home, '/index.html')
    expect(home.slice(plan.headScriptAt - 23, plan.headScriptAt)).toBe('<meta charSet="utf-8"/>')
    expect(home.slice(plan.headEnd, plan.headEnd + 7)).toBe('</head>')
  })

  it('keeps JSON-LD and finds the islands a page names', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article"}</script>'
    const html = withBody(home, `${ld}<div data-island="faq-search"></div><button data-island="theme-toggle"></button><p data-island="faq-search"></p>`)
    const plan = planStrip(html, '/x.html')
    expect(applyEdits(html, plan.edits)).toContain(ld)
    expect(plan.islands).toEqual(['faq-search', 'theme-toggle'])
  })
})

describe('planStrip fails the build, naming file and element, on anything it does not know', () => {
  it('an unknown inline script (the old inline theme script)', () => {
    const theme = `<script>(function(){document.documentElement.dataset.js='';})()</script>`
    const e = failure(home.replace('</head>', `${theme}</head>`), '/index.html')
    expect(e.file).toBe('/index.html')
    expect(e.element).toMatch(/^<script>\(function\(\)\{document/)
    expect(e.message).toMatch(/unknown inline script/)
  })

  it('an inline module script or an unknown data block', () => {
    expect(failure(withBody(home, '<script type="module">go()</script>')).message).toMatch(/unknown inline script/)
    expect(failure(withBody(home, '<script type="application/json">{}</script>')).message).toMatch(/unknown data script type "application\/json"/)
  })

  it('an external script that is not the Next.js runtime', () => {
    const e = failure(withBody(home, '<script src="https://cdn.example.com/x.js"></script>'))
    expect(e.element).toBe('<script src="https://cdn.example.com/x.js">')
  })

  it('a changed Next.js output: an RSC payload under another name', () => {
    expect(failure(withBody(home, '<script>self.__next_s=self.__next_s||[]</script>')).message).toMatch(/unknown inline script/)
  })

  it('a streamed Suspense segment: hidden div, template, completion script, pending marker', () => {
    const streamed = '<!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--><div hidden id="S:0"><p>Answer</p></div><script>$RC("B:0","S:0")</script>'
    const e = failure(withBody(home, streamed))
    expect(e.element).toBe('<!--$?-->')
    expect(e.message).toMatch(/pending Suspense boundary/)
    expect(failure(withBody(home, '<div hidden id="S:0"><p>Answer</p></div>')).element).toBe('<div hidden id="S:0">')
    expect(failure(withBody(home, '<template><p>x</p></template>')).message).toMatch(/<template>/)
    expect(failure(withBody(home, '<script>$RC("B:0","S:0")</script>')).message).toMatch(/React streaming script/)
    expect(failure(withBody(home, '<!--$!--><p>fallback</p><!--/$-->')).message).toMatch(/client-rendered Suspense boundary/)
  })

  it('an inline event handler, a javascript: URL, inline CSS', () => {
    expect(failure(withBody(home, '<button onclick="go()">x</button>')).message).toMatch(/inline event handler "onclick"/)
    expect(failure(withBody(home, '<a href="javascript:go()">x</a>')).message).toMatch(/javascript: URL/)
    expect(failure(withBody(home, '<p style="color:red">x</p>')).message).toMatch(/style attribute/)
    expect(failure(withBody(home, '<style>p{}</style>')).message).toMatch(/<style> element/)
  })

  it('an unknown script preload and a bad island name', () => {
    expect(failure(home.replace('</head>', '<link rel="modulepreload" href="/x.js"/></head>')).message).toMatch(/unknown script preload/)
    expect(failure(withBody(home, '<div data-island="Faq_Search"></div>')).message).toMatch(/not a valid island name/)
  })

  it('a hidden div with real content is kept (it is UI, not a segment)', () => {
    expect(strip(withBody(home, '<div hidden="">Results</div>'))).toContain('<div hidden="">Results</div>')
  })
})

describe('verifyExport', () => {
  it('accepts a stripped page and rejects a missing script file', () => {
    const out = strip(home)
    expect(pageProblems(out.replace('</head>', '<script src="/_islands/a-1.js"></script></head>'), '/i.html', (u) => u !== '/_islands/a-1.js')).toEqual([
      '/i.html: <script src> /_islands/a-1.js does not exist in the export',
    ])
  })

  it('rejects the raw Next.js export on disk', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-export-'))
    try {
      fs.writeFileSync(path.join(dir, 'index.html'), home)
      fs.writeFileSync(path.join(dir, 'index.txt'), '1:"$Sreact.fragment"\n')
      const problems = verifyExport(dir)
      expect(problems).toContain('/index.txt: RSC payload file')
      expect(problems.some((p) => /^\/index\.html: <script src> \/_next\/static\/chunks\/.*is Next\.js runtime$/.test(p))).toBe(true)
      expect(problems).toContain('/index.html: contains the RSC payload marker __next_f')
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
