import { describe, expect, it } from 'vitest'
import { SITE_DIRECTIVES, isExecutableScriptType, parsePolicy, scanHtml, sitePolicy } from '@/deploy/csp'

describe('isExecutableScriptType', () => {
  it('treats classic and module scripts as executable', () => {
    for (const t of [undefined, '', 'text/javascript', 'TEXT/JavaScript', 'module', 'application/javascript', ' text/ecmascript ']) {
      expect(isExecutableScriptType(t), String(t)).toBe(true)
    }
  })
  it('treats data blocks as not executable', () => {
    for (const t of ['application/ld+json', 'application/json', 'text/template', 'importmap', 'speculationrules']) {
      expect(isExecutableScriptType(t), t).toBe(false)
    }
  })
})

describe('scanHtml', () => {
  it('collects executable inline scripts and skips external scripts, JSON-LD and comments', () => {
    const html = [
      '<!DOCTYPE html><html><head>',
      '<script>one()</script>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script type="application/ld+json">{"@type":"Article"}</script>',
      '<!-- <script>commented()</script> -->',
      '<SCRIPT type="module">two()</SCRIPT >',
      '<script id="_R_" data-x="a>b">three()</script>',
      '</head><body><noscript><script>never()</script><p style="color:red">x</p></noscript>',
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
      '</body></html>',
    ].join('')
    const scan = scanHtml(html)
    expect(scan.scripts).toEqual(['one()', 'two()', 'three()', '(self.__next_f=self.__next_f||[]).push([0])'])
    expect(scan.styleAttributes).toBe(0)
    expect(scan.styles).toEqual([])
  })

  it('reads script text raw, without decoding entities', () => {
    expect(scanHtml('<script>a &amp;&amp; b</script>').scripts).toEqual(['a &amp;&amp; b'])
  })

  it('does not end a script at a look-alike tag', () => {
    expect(scanHtml('<script>"</scripts>";x()</script>').scripts).toEqual(['"</scripts>";x()'])
  })

  it('counts style elements, style attributes, event handlers and javascript: URLs', () => {
    const scan = scanHtml('<style>.a{}</style><div style="x"></div><p STYLE=y>z</p><button onclick="go()">b</button><a href="javascript:void 0">l</a>')
    expect(scan.styles).toEqual(['.a{}'])
    expect(scan.styleAttributes).toBe(2)
    expect(scan.eventHandlers).toEqual(['<button onclick>'])
    expect(scan.javascriptUrls).toBe(1)
  })
})

describe('sitePolicy', () => {
  const d = parsePolicy(sitePolicy())

  it('denies by default and allows only the site itself, with no inline code at all', () => {
    expect(d.get('default-src')).toEqual(["'none'"])
    expect(d.get('script-src')).toEqual(["'self'"])
    expect(d.get('style-src')).toEqual(["'self'"])
    expect(sitePolicy()).not.toMatch(/unsafe-|sha256-|nonce-|data:|https?:|\*/)
  })

  it('has an allowance for each kind of resource the site loads', () => {
    expect(d.get('img-src')).toEqual(["'self'"])
    expect(d.get('font-src')).toEqual(["'self'"])
    expect(d.get('connect-src')).toEqual(["'self'"])
    expect(d.get('manifest-src')).toEqual(["'self'"])
    expect(d.get('base-uri')).toEqual(["'none'"])
    expect(d.get('form-action')).toEqual(["'self'"])
    expect(d.get('frame-ancestors')).toEqual(["'none'"])
    expect([...d.keys()]).toEqual(SITE_DIRECTIVES.map(([k]) => k))
  })

  it('adds upgrade-insecure-requests only when asked (HTTPS deploys)', () => {
    expect(d.has('upgrade-insecure-requests')).toBe(false)
    expect(parsePolicy(sitePolicy({ upgradeInsecureRequests: true })).has('upgrade-insecure-requests')).toBe(true)
    expect(sitePolicy({ upgradeInsecureRequests: true })).toBe(`${sitePolicy()}; upgrade-insecure-requests`)
  })

  it('fits one Cloudflare Pages header line (2,000 characters) with room to spare', () => {
    expect(`  Content-Security-Policy: ${sitePolicy({ upgradeInsecureRequests: true })}`.length).toBeLessThan(500)
  })
})
