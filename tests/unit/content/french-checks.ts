/** Checks for French content files (tests/unit/content/french.test.ts), on strings so they can be tested. */
import matter from 'gray-matter'
import YAML from 'yaml'
import { kandelMolesOfMdx } from '@/lib/content/readability-fr'
import { fixFrenchTypography } from '@/lib/content/typography-fr'

/** Kandel–Moles "facile" starts at 60. */
export const KANDEL_MOLES_MIN = 60

export function splitMdx(raw: string): { data: Record<string, unknown>; body: string } {
  const { data, content } = matter(raw, { engines: { yaml: (t: string) => (YAML.parse(t) ?? {}) as object } })
  return { data: data as Record<string, unknown>, body: content }
}

/** Lines the French spacing fixer would change (1-based), with the fixed line. */
export function typographyProblems(raw: string): string[] {
  const fixed = fixFrenchTypography(raw).split('\n')
  return raw.split('\n').flatMap((line, i) => (line === fixed[i] ? [] : [`line ${i + 1}: needs French spacing (no-break space before : ; ! ? » and after «): ${line.trim().slice(0, 80)}`]))
}

/** Prose text with JSX tags (and their attributes), code and comments removed. */
function proseOnly(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
}

/** Straight double quotes in prose (body outside JSX attributes, and frontmatter text): French uses « ». */
export function straightQuoteProblems(raw: string): string[] {
  const { data, body } = splitMdx(raw)
  const out: string[] = []
  proseOnly(body)
    .split('\n')
    .forEach((line) => {
      if (line.includes('"')) out.push(`straight double quote in prose (use « … »): ${line.trim().slice(0, 80)}`)
    })
  const walk = (v: unknown, where: string) => {
    if (typeof v === 'string' && v.includes('"')) out.push(`straight double quote in ${where} (use « … »): ${v.slice(0, 80)}`)
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`))
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, where ? `${where}.${k}` : k)
  }
  walk(data, '')
  return out
}

export function kandelMolesScore(raw: string): number {
  return kandelMolesOfMdx(splitMdx(raw).body).score
}
