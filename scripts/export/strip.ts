/**
 * Strips the Next.js / React runtime from one exported HTML page, so the page is plain HTML.
 *
 * The page is parsed with parse5 (a spec-compliant HTML parser) with source locations, and the
 * removals are cut out of the original text: everything that is kept stays byte for byte as
 * Next wrote it. Every kind of thing removed is listed in STRIPPED (and in README "Deploying").
 * Anything that looks like runtime output but is not on that list fails the build with the file
 * and the element (ExportError): an unknown inline script, an unknown external script, a
 * streamed Suspense segment (`<template>`, `<div hidden id="S:0">`, `<!--$?-->`), an inline event
 * handler, a `javascript:` URL, or inline CSS the site-wide CSP would block. Never a page that
 * silently waits for a script that is gone.
 *
 * Pure: text in, text out (no file system). Unit-tested in tests/unit/deploy/strip.test.ts.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5'
import { ExportError, describeElement } from './export-error'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']
type CommentNode = DefaultTreeAdapterMap['commentNode']

/** What the strip step removes: one entry per kind, with why it is safe to remove. */
export const STRIPPED = {
  'next-script': 'external `<script src="/_next/…js">` (React, Next.js router, Turbopack runtime, client components, the `nomodule` polyfill)',
  'next-script-preload': '`<link rel="preload" as="script">` / `<link rel="modulepreload">` for `/_next/…js`',
  'turbopack-bootstrap': 'inline `<script id="_R_">` that registers the Turbopack chunks',
  'rsc-payload': 'inline `self.__next_f.push(…)` scripts: the React Server Components payload, used only for hydration',
  'next-size-adjust-meta': '`<meta name="next-size-adjust">`, a marker for the Next.js font runtime',
  'empty-boundary-div': 'an empty `<div hidden>` holding only completed Suspense markers (`<!--$--><!--/$-->`), where Next streams metadata',
  'react-comment': 'React\'s comment markers: text separators `<!-- -->` and completed Suspense boundaries `<!--$-->` / `<!--/$-->`',
  'precedence-attribute': 'the `data-precedence` attribute React puts on stylesheets it hoists',
} as const
export type StrippedKind = keyof typeof STRIPPED

/** A text replacement in the original HTML: [start, end) replaced by `text`. */
export interface Edit {
  start: number
  end: number
  text: string
}

export interface StripResult {
  /** Cuts that remove the runtime (apply with applyEdits). */
  edits: Edit[]
  /** How many of each kind were removed. */
  removed: Partial<Record<StrippedKind, number>>
  /** Island names used on the page (`data-island="<name>"`), sorted, unique. */
  islands: string[]
  /** Offset where a render-blocking head script goes: after `<meta charset>` (or the start of `<head>`). */
  headScriptAt: number
  /** Offset of `</head>` (module scripts go just before it). */
  headEnd: number
}

/** Inline-script types that are data, not code, and are kept as is. */
const KEPT_DATA_SCRIPT_TYPES = new Set(['application/ld+json'])

const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value
const has = (el: Element, name: string) => el.attrs.some((a) => a.name === name)
const textOf = (el: Element): string =>
  el.childNodes.map((c) => ('value' in c && typeof c.value === 'string' ? c.value : '')).join('')
const isNextAsset = (url: string | undefined) => !!url && /^\/_next\/[^?#]*\.m?js(?:[?#].*)?$/.test(url)

/** React's streamed-segment ids: `S:0` (hidden segment), `B:0` / `P:0` (boundary / placeholder). */
const STREAMED_ID = /^[SBP]:\d+$/
/** Comments React writes that a runtime script still has to act on. */
const PENDING_MARKERS: Record<string, string> = {
  '$?': 'a pending Suspense boundary (`<!--$?-->`): its content streams in later and a script swaps it in',
  '$!': 'a client-rendered Suspense boundary (`<!--$!-->`): rendering failed on the server and only the fallback was written',
  '$~': 'a queued Suspense boundary (`<!--$~-->`) waiting for a script',
}

const RSC_BOOTSTRAP = /^\s*\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)\.push\(\[0\]\);?\s*$/
const RSC_CHUNK = /^\s*self\.__next_f\.push\(\[/
const TURBOPACK_BOOTSTRAP = /^\s*\(globalThis\["TURBOPACK"\]\s*\|\|\s*\(globalThis\["TURBOPACK"\]\s*=\s*\[\]\)\)\.push\(/

/** Child nodes that are only whitespace text or completed-boundary comments. */
function onlyCompletedMarkers(el: Element): boolean {
  return el.childNodes.every((c) =>
    c.nodeName === '#comment' ? ['$', '/$'].includes((c as CommentNode).data) : c.nodeName === '#text' && !('value' in c && c.value.trim()),
  )
}

/**
 * Plans the removal of the runtime from one page. Throws ExportError (file + element) on
 * anything unknown. `file` is used in messages only.
 */
export function planStrip(html: string, file: string): StripResult {
  const doc = parse(html, { sourceCodeLocationInfo: true })
  const edits: Edit[] = []
  const removed: Partial<Record<StrippedKind, number>> = {}
  const islands = new Set<string>()
  let headScriptAt = -1
  let headEnd = -1

  /** Removes the whole node (start tag to end tag); returns true so callers skip its children. */
  const cutNode = (node: Element | CommentNode, kind: StrippedKind): true => {
    const loc = node.sourceCodeLocation
    if (!loc) throw new ExportError(file, node.nodeName, 'has no source location (implied by the parser, not written by Next); cannot remove it safely')
    edits.push({ start: loc.startOffset, end: loc.endOffset, text: '' })
    removed[kind] = (removed[kind] ?? 0) + 1
    return true
  }
  const fail = (el: Element, why: string, text = ''): never => {
    throw new ExportError(file, describeElement(el.tagName, el.attrs, text), why)
  }

  const visitElement = (el: Element): boolean /* true = removed (skip children) */ => {
    const tag = el.tagName
    const id = attr(el, 'id')

    for (const a of el.attrs) {
      if (/^on/i.test(a.name)) fail(el, `inline event handler "${a.name}" is blocked by the CSP (script-src 'self'); use an island`)
      if (['href', 'src', 'action', 'formaction'].includes(a.name) && /^\s*javascript:/i.test(a.value)) {
        fail(el, 'a javascript: URL is blocked by the CSP (script-src \'self\'); use an island')
      }
      if (a.name === 'style') fail(el, 'a style attribute is blocked by the CSP (style-src \'self\'); use a class')
      if (a.name === 'data-island' && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(a.value)) {
        fail(el, `data-island="${a.value}" is not a valid island name (lowercase letters, digits and dashes)`)
      }
      if (a.name === 'data-island') islands.add(a.value)
    }
    if (id && STREAMED_ID.test(id)) fail(el, 'a streamed React segment that a runtime script would swap into place; render it without a streaming Suspense boundary')
    if (tag === 'template') fail(el, 'a <template> (streamed Suspense fallback or error boundary) waits for a runtime script; render the content directly')

    if (tag === 'script') {
      const src = attr(el, 'src')
      const text = textOf(el)
      if (src !== undefined) {
        if (isNextAsset(src)) return cutNode(el, 'next-script')
        return fail(el, 'unknown external script: only Next.js runtime scripts (/_next/…js) are expected in the export; islands are added by the post-export step')
      }
      const type = attr(el, 'type')?.trim().toLowerCase()
      if (type && KEPT_DATA_SCRIPT_TYPES.has(type)) return false
      if (type && type !== 'text/javascript' && type !== 'module') {
        return fail(el, `unknown data script type "${type}"; only application/ld+json is kept`, text)
      }
      if (id === '_R_' && TURBOPACK_BOOTSTRAP.test(text)) return cutNode(el, 'turbopack-bootstrap')
      if (RSC_BOOTSTRAP.test(text) || RSC_CHUNK.test(text)) return cutNode(el, 'rsc-payload')
      if (/\$R[CSX]\b|\$RC\s*=|\$RS\s*=/.test(text)) {
        return fail(el, 'a React streaming script (completes a streamed Suspense boundary); render it without streaming', text)
      }
      return fail(el, 'unknown inline script: the CSP allows no inline scripts (script-src \'self\'); move it to an island', text)
    }
    if (tag === 'style') fail(el, 'a <style> element is blocked by the CSP (style-src \'self\'); move the rules to a stylesheet', textOf(el))

    if (tag === 'link') {
      const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/)
      const href = attr(el, 'href')
      const asScript = rel.includes('modulepreload') || (rel.includes('preload') && attr(el, 'as') === 'script')
      if (asScript) {
        if (isNextAsset(href)) return cutNode(el, 'next-script-preload')
        fail(el, 'unknown script preload; only Next.js runtime preloads (/_next/…js) are expected')
      }
      if (rel.includes('stylesheet') && has(el, 'data-precedence')) {
        const loc = el.sourceCodeLocation?.attrs?.['data-precedence']
        if (!loc) fail(el, 'data-precedence without a source location')
        let start = (loc as { startOffset: number }).startOffset
        while (start > 0 && /\s/.test(html[start - 1] as string)) start--
        edits.push({ start, end: (loc as { endOffset: number }).endOffset, text: '' })
        removed['precedence-attribute'] = (removed['precedence-attribute'] ?? 0) + 1
      }
    }
    if (tag === 'meta' && attr(el, 'name') === 'next-size-adjust') return cutNode(el, 'next-size-adjust-meta')
    if (tag === 'div' && has(el, 'hidden') && el.attrs.length === 1 && onlyCompletedMarkers(el)) {
      return cutNode(el, 'empty-boundary-div')
    }
    if (tag === 'meta' && attr(el, 'charset') !== undefined && el.sourceCodeLocation) headScriptAt = el.sourceCodeLocation.endOffset
    if (tag === 'head' && el.sourceCodeLocation) {
      if (headScriptAt < 0) headScriptAt = el.sourceCodeLocation.startTag?.endOffset ?? -1
      headEnd = el.sourceCodeLocation.endTag?.startOffset ?? -1
    }
    return false
  }

  const visit = (node: Node) => {
    if (node.nodeName === '#comment') {
      const data = (node as CommentNode).data
      if (data === ' ' || data === '$' || data === '/$') {
        cutNode(node as CommentNode, 'react-comment')
        return
      }
      const pending = PENDING_MARKERS[data]
      if (pending) throw new ExportError(file, `<!--${data}-->`, `${pending}; render it without a streaming Suspense boundary`)
      return
    }
    if ('tagName' in node && visitElement(node)) return
    if ('childNodes' in node) for (const child of node.childNodes) visit(child)
    if ('content' in node && node.content) visit(node.content as unknown as Node)
  }
  visit(doc)

  if (headEnd < 0) throw new ExportError(file, '<head>', 'no written </head> end tag; cannot place the island scripts')
  if (headScriptAt < 0) throw new ExportError(file, '<head>', 'no written <head> start tag')
  return { edits, removed, islands: [...islands].sort(), headScriptAt, headEnd }
}

/** Applies non-overlapping edits to the text (any order). Insertions have start === end. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  let out = ''
  let at = 0
  for (const e of sorted) {
    if (e.start < at) throw new Error(`overlapping edits at ${e.start}`)
    out += text.slice(at, e.start) + e.text
    at = e.end
  }
  return out + text.slice(at)
}
