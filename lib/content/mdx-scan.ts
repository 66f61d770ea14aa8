import GithubSlugger from 'github-slugger'

/** A JSX tag found in an MDX body, in document order. */
export interface JsxTag {
  name: string
  attrs: Record<string, string>
  /** 1-based line number in the body. */
  line: number
}

export interface Heading {
  depth: 2 | 3
  text: string
  id: string
}

/** Removes fenced code so tags and headings inside code blocks are ignored. */
function withoutCode(body: string): string {
  return body.replace(/```[\s\S]*?```/g, (m) => m.replace(/[^\n]/g, ' '))
}

const TAG = /<([A-Za-z][A-Za-z0-9]*)\b((?:\s+[A-Za-z][\w-]*(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g
const ATTR = /([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g

/** Every opening or self-closing JSX/HTML tag of an MDX body, in order. */
export function scanTags(body: string): JsxTag[] {
  const src = withoutCode(body)
  const tags: JsxTag[] = []
  for (const m of src.matchAll(TAG)) {
    const attrs: Record<string, string> = {}
    for (const a of (m[2] ?? '').matchAll(ATTR)) {
      if (a[1]) attrs[a[1]] = a[2] ?? a[3] ?? a[4] ?? ''
    }
    const line = src.slice(0, m.index).split('\n').length
    tags.push({ name: m[1] ?? '', attrs, line })
  }
  return tags
}

/** Plain text of a Markdown heading, as rehype-slug sees it. */
export function headingText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim()
}

export interface HeadingScan {
  headings: Heading[]
  /** Lines with headings the site does not allow (h1, h4+, JSX inside a heading). */
  bad: { line: number; message: string }[]
}

/** `##` and `###` headings with the ids rehype-slug gives them (github-slugger, in order). */
export function scanHeadings(body: string): HeadingScan {
  const slugger = new GithubSlugger()
  const headings: Heading[] = []
  const bad: HeadingScan['bad'] = []
  withoutCode(body)
    .split('\n')
    .forEach((line, i) => {
      const m = /^(#{1,6})\s+(.*)$/.exec(line)
      if (!m) return
      const depth = (m[1] ?? '').length
      const raw = m[2] ?? ''
      if (depth === 1) bad.push({ line: i + 1, message: 'the page title is the only h1; use ## for sections' })
      else if (depth > 3) bad.push({ line: i + 1, message: 'use ## or ### headings only' })
      if (/<[A-Za-z]/.test(raw)) bad.push({ line: i + 1, message: 'headings cannot contain components such as <Cite>; cite in the text below' })
      const text = headingText(raw)
      const id = slugger.slug(text)
      if (depth === 2 || depth === 3) headings.push({ depth, text, id })
    })
  return { headings, bad }
}
