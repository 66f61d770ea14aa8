/**
 * Content-Security-Policy for the static export: one policy for the whole site.
 *
 * The post-export step (scripts/postexport.ts) removes every inline script Next.js writes (RSC
 * payload, Turbopack bootstrap) and the site has no inline script of its own: the theme is set
 * by an external render-blocking script and interactivity comes from same-origin island modules
 * (ISLANDS-CONTRACT.md). So the policy needs no hashes and no nonces: `default-src 'none'` and
 * an explicit allowance for each kind of resource the site really loads from itself.
 *
 * scanHtml (below) still reports inline scripts, styles and handlers in a page: the benchmark
 * uses it, and it is a cross-check that the export has nothing the policy would block.
 *
 * Pure functions only (no file system): unit-tested in tests/unit/deploy/.
 */
/** What one HTML document contains that a CSP has to allow. */
export interface HtmlScan {
  /** Text of every inline script the browser executes (no `src`, JavaScript type), in order. */
  scripts: string[]
  /** Text of every `<style>` element, in order. */
  styles: string[]
  /** Number of `style="…"` attributes (blocked by a style-src without 'unsafe-inline'). */
  styleAttributes: number
  /** Inline event handler attributes (`onclick="…"`); a hash policy blocks them. */
  eventHandlers: string[]
  /** `javascript:` URLs in href/src/action attributes; a hash policy blocks them. */
  javascriptUrls: number
}

/** MIME types (essence, lowercase) that make a `<script>` a classic script; from the HTML spec. */
const JS_TYPES = new Set([
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
])

/**
 * True when a `<script>` with this `type` attribute runs (classic script or module). JSON-LD
 * (`application/ld+json`), `application/json` and other data blocks are not executed, so the
 * CSP does not need to (and should not) list them.
 */
export function isExecutableScriptType(type: string | undefined): boolean {
  if (type === undefined) return true
  const t = type.trim().toLowerCase()
  return t === '' || t === 'module' || JS_TYPES.has(t)
}

/** Attributes of one start tag (names lowercased; a bare attribute has the value ''). */
export type Attributes = Record<string, string>

/** Parses the attributes of a start tag beginning at `from` (just after the tag name). */
function readAttributes(html: string, from: number): { attrs: Attributes; end: number } {
  const attrs: Attributes = {}
  let i = from
  const n = html.length
  while (i < n) {
    while (i < n && /[\s/]/.test(html[i] as string)) i++
    if (i >= n) break
    if (html[i] === '>') return { attrs, end: i + 1 }
    const nameStart = i
    while (i < n && !/[\s/>=]/.test(html[i] as string)) i++
    const name = html.slice(nameStart, i).toLowerCase()
    while (i < n && /\s/.test(html[i] as string)) i++
    let value = ''
    if (html[i] === '=') {
      i++
      while (i < n && /\s/.test(html[i] as string)) i++
      const q = html[i]
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, i + 1)
        const stop = close === -1 ? n : close
        value = html.slice(i + 1, stop)
        i = stop + 1
      } else {
        const start = i
        while (i < n && !/[\s>]/.test(html[i] as string)) i++
        value = html.slice(start, i)
      }
    }
    if (name && !(name in attrs)) attrs[name] = value
  }
  return { attrs, end: n }
}

/** Elements whose content the parser treats as text, so tags inside never become elements. */
const RAW_TEXT_SKIP = new Set(['textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript'])

/** Index of the end tag `</name` (case-insensitive) followed by whitespace, `/` or `>`, or -1. */
function findEndTag(html: string, name: string, from: number): number {
  const re = new RegExp(`</${name}[\\s/>]`, 'gi')
  re.lastIndex = from
  const m = re.exec(html)
  return m ? m.index : -1
}

/**
 * Scans an HTML document for what a CSP must allow: executable inline scripts, `<style>`
 * elements and inline style attributes. Skips comments. Script and style contents are raw text
 * (no entity decoding), as in the browser. Good enough for generated HTML; it is not a
 * complete HTML tokenizer (for example it does not model `<!--` escapes inside scripts, which
 * React never emits because it escapes `<` in inline payloads).
 */
export function scanHtml(html: string): HtmlScan {
  const scan: HtmlScan = { scripts: [], styles: [], styleAttributes: 0, eventHandlers: [], javascriptUrls: 0 }
  let i = 0
  const n = html.length
  while (i < n) {
    const lt = html.indexOf('<', i)
    if (lt === -1) break
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4)
      i = close === -1 ? n : close + 3
      continue
    }
    const m = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(lt, lt + 64))
    if (!m) {
      i = lt + 1
      continue
    }
    const tag = (m[1] as string).toLowerCase()
    const { attrs, end } = readAttributes(html, lt + m[0].length)
    if ('style' in attrs) scan.styleAttributes++
    for (const name of Object.keys(attrs)) {
      if (/^on[a-z]+$/.test(name)) scan.eventHandlers.push(`<${tag} ${name}>`)
    }
    for (const name of ['href', 'src', 'action', 'formaction']) {
      const v = attrs[name]
      if (v !== undefined && /^\s*javascript:/i.test(v)) scan.javascriptUrls++
    }
    i = end
    if (RAW_TEXT_SKIP.has(tag)) {
      // Content is text, not markup (noscript: as parsed with scripting on, like every browser
      // that enforces the policy).
      const close = findEndTag(html, tag, end)
      i = close === -1 ? n : close
      continue
    }
    if (tag === 'script' || tag === 'style') {
      const close = findEndTag(html, tag, end)
      const stop = close === -1 ? n : close
      const text = html.slice(end, stop)
      if (tag === 'style') scan.styles.push(text)
      else if (!('src' in attrs) && isExecutableScriptType(attrs.type)) scan.scripts.push(text)
      i = stop
    }
  }
  return scan
}

export interface PolicyOptions {
  /** Add `upgrade-insecure-requests` (for HTTPS deploys; it breaks plain-http local testing). */
  upgradeInsecureRequests?: boolean
}

/**
 * The site-wide policy, directive by directive. Each allowance is what the site uses:
 * scripts, stylesheets, fonts, images and the search index (fetch) from its own origin; the
 * header search form posts to its own origin; nothing may frame it or change its base URL.
 */
export const SITE_DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['default-src', ["'none'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'"]],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['manifest-src', ["'self'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'self'"]],
  ['frame-ancestors', ["'none'"]],
]

/** Serialises directives as `name v1 v2; name2 …`. */
export function serialisePolicy(directives: readonly (readonly [string, readonly string[]])[]): string {
  return directives.map(([name, values]) => [name, ...values].join(' ')).join('; ')
}

/** The Content-Security-Policy header value for every response of the site. */
export function sitePolicy(opts: PolicyOptions = {}): string {
  const directives = [...SITE_DIRECTIVES]
  if (opts.upgradeInsecureRequests) directives.push(['upgrade-insecure-requests', []])
  return serialisePolicy(directives)
}

/** Parses a policy into directive name → values (for tests and checks). */
export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/)
    if (name) out.set(name.toLowerCase(), values)
  }
  return out
}
