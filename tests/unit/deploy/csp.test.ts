import { describe, expect, it } from 'vitest'
import { basePolicy, hashSource, isExecutableScriptType, pagePolicy, parsePolicy, scanHtml, uniqueHashes } from '@/deploy/csp'
import { THEME_SCRIPT } from '@/components/theme/theme-script'

describe('hashSource', () => {
  // Expected values computed independently: printf '…' | openssl dgst -sha256 -binary | base64
  it('matches the hashes in the CSP spec and MDN examples', () => {
    expect(hashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='")
    expect(hashSource('var inline = 1;')).toBe("'sha256-B2yPHKaXnvFWtRChIbabYmUBFZdVfKKXHbWtWidDVF8='")
  })

  it('hashes the UTF-8 bytes of the text', () => {
    expect(hashSource('café')).toBe("'sha256-hQ99xDkQ/4kPiHnA7Sb+aXyToGetk6fVD0ZqcCipv04='")
  })

  it('normalises CRLF and CR to LF, as the HTML parser does before hashing', () => {
    const lf = "'sha256-fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg='"
    expect(hashSource('a\nb')).toBe(lf)
    expect(hashSource('a\r\nb')).toBe(lf)
    expect(hashSource('a\rb')).toBe(lf)
  })

  it('keeps whitespace exactly (a hash covers the whole text)', () => {
    expect(hashSource(' x')).not.toBe(hashSource('x'))
  })

  it('deduplicates in order of first appearance', () => {
    expect(uniqueHashes(['b', 'a', 'b'])).toEqual([hashSource('b'), hashSource('a')])
  })
})

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

  it('finds the theme script that the root layout inlines', () => {
    const scan = scanHtml(`<html><head><script>${THEME_SCRIPT}</script></head></html>`)
    expect(scan.scripts).toEqual([THEME_SCRIPT])
  })
})

describe('pagePolicy', () => {
  const scan = { scripts: ['a()', 'b()', 'a()'], styles: [], styleAttributes: 0 }

  it('allows each inline script by hash and never by unsafe-inline or unsafe-eval', () => {
    const { policy, scriptHashes } = pagePolicy(scan)
    const d = parsePolicy(policy)
    expect(scriptHashes).toEqual([hashSource('a()'), hashSource('b()')])
    expect(d.get('script-src')).toEqual(["'self'", hashSource('a()'), hashSource('b()')])
    expect(policy).not.toContain('unsafe-inline')
    expect(policy).not.toContain('unsafe-eval')
  })

  it('has the fixed directives', () => {
    const d = parsePolicy(pagePolicy(scan).policy)
    expect(d.get('default-src')).toEqual(["'self'"])
    expect(d.get('style-src')).toEqual(["'self'"])
    expect(d.get('img-src')).toEqual(["'self'", 'data:'])
    expect(d.get('font-src')).toEqual(["'self'"])
    expect(d.get('connect-src')).toEqual(["'self'"])
    expect(d.get('object-src')).toEqual(["'none'"])
    expect(d.get('base-uri')).toEqual(["'self'"])
    expect(d.get('form-action')).toEqual(["'self'"])
    expect(d.get('frame-ancestors')).toEqual(["'none'"])
    expect(d.has('upgrade-insecure-requests')).toBe(false)
  })

  it('adds upgrade-insecure-requests only when asked (HTTPS deploys)', () => {
    expect(parsePolicy(pagePolicy(scan, { upgradeInsecureRequests: true }).policy).has('upgrade-insecure-requests')).toBe(true)
  })

  it('hashes style elements, and falls back to unsafe-inline for styles only when style attributes exist', () => {
    const withStyle = pagePolicy({ scripts: [], styles: ['.a{}'], styleAttributes: 0 })
    expect(parsePolicy(withStyle.policy).get('style-src')).toEqual(["'self'", hashSource('.a{}')])
    const withAttr = pagePolicy({ scripts: ['x()'], styles: ['.a{}'], styleAttributes: 1 })
    const d = parsePolicy(withAttr.policy)
    // A hash next to 'unsafe-inline' would switch 'unsafe-inline' off again, so no style hashes.
    expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(d.get('script-src')).toEqual(["'self'", hashSource('x()')])
    expect(withAttr.styleUnsafeInline).toBe(true)
  })

  it('gives assets a policy without hashes', () => {
    expect(parsePolicy(basePolicy()).get('script-src')).toEqual(["'self'"])
  })
})
