/**
 * Routes, components and islands hold no words a reader sees: every word comes
 * from content/ (through lib/content). The scan flags JSX text with letters and string literals
 * that read like words (two or more words, or a capitalised word), outside imports, comments,
 * class names and developer error messages.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const REPO = path.resolve(__dirname, '../../..')
const list = (dir: string, ext = /\.(tsx?|ts)$/) =>
  fs.existsSync(path.join(REPO, dir)) ? fs.readdirSync(path.join(REPO, dir), { recursive: true, encoding: 'utf8' }).filter((f) => ext.test(f)).map((f) => path.join(dir, f)) : []

const FILES = [...list('app'), ...list('components'), ...list('islands'), ...list('lib/estimator'), ...list('lib/search'), 'lib/site.ts', 'lib/citations/format.ts', 'lib/citations/scope.ts']

/** Source with comments, imports, class names and thrown developer messages blanked out. */
function code(src: string): string {
  return src
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\s\/\/ .*$/gm, '')
    .replace(/^import .*$/gm, '')
    .replace(/className=("[^"]*"|\{`.*`\})/g, '')
    .replace(/throw new (Range)?Error\((`[^`]*`|'[^']*')\)/g, '')
}

/** Strings that are code, not words: key names, HTTP headers, CSS values, class lists, the citation convention. */
const CODE_STRING = [
  /^(Arrow(Up|Down|Left|Right)|Escape|Enter|Tab|Home|End|Space)$/,
  /^[A-Z][a-z]+(-[A-Z][a-z]+)+$/,
  /\d(px|em|rem|%)\b|#[0-9a-f]{3,6}\b/,
  /^(?=.*-)[a-z0-9-]+( [a-z0-9-]+)+$/,
  /, et al\.$/,
]

/** Reader-like words: JSX text with a letter, or a string literal with a space-separated word pair or a capitalised word. */
export function proseIn(src: string): string[] {
  const c = code(src)
  const hits: string[] = []
  for (const m of c.matchAll(/>([^<>{}=;()]*\p{L}[^<>{}=;()]*)</gu)) {
    const t = m[1]!.trim()
    // Not text between tags but code around a generic or a comparison (`case 'x': return <`, `a.b<T>`).
    if (!t || /\b(return|case)\b|,\s*\n|:\s*$/.test(t) || /^\w+(\.\w+)+$/.test(t)) continue
    // Code between a comparison and a generic, not text: `a && b`, `[...x.querySelectorAll`, `isValidElement`.
    if (/&&|\.\.\.|\.\w+\(|^[a-z]+[A-Z]\w*$/.test(t)) continue
    hits.push(`JSX text "${t}"`)
  }
  for (const m of c.matchAll(/(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g)) {
    const s = m[2]!
    if (CODE_STRING.some((re) => re.test(s))) continue
    if (/\p{L}{2,}\s+\p{L}{2,}/u.test(s.replace(/\$\{[^}]*\}/g, '')) || /^\p{Lu}\p{Ll}+/u.test(s)) hits.push(`string ${m[0]}`)
  }
  return hits
}

describe('no reader prose in routes, components, islands or the code that builds reader text', () => {
  it('finds the files', () => {
    expect(FILES.length).toBeGreaterThan(20)
  })

  it('catches prose when there is some (the scan can fail)', () => {
    expect(proseIn('const a = <p>Print this sheet</p>')).not.toEqual([])
    expect(proseIn("const label = 'Lowest price per session'")).not.toEqual([])
    expect(proseIn('const a = <text x={1}>Dermis</text>')).not.toEqual([])
    expect(proseIn('const a = <p className="x">{t.lead}</p>')).toEqual([])
    expect(proseIn("if (e.key === 'Escape') close()")).toEqual([])
    expect(proseIn("const label = 'one page to print'")).not.toEqual([])
  })

  it.each(FILES)('%s', (file) => {
    expect(proseIn(fs.readFileSync(path.join(REPO, file), 'utf8'))).toEqual([])
  })
})
