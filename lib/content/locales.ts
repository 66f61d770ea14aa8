/**
 * The site's languages, read from content/locales.yaml (the one list). Everything that varies by
 * language (routes, hreflang, the sitemap, the language switch, search indexes) iterates this list.
 */
import fs from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import { z } from 'zod'
import { ContentValidationError, type ContentProblem } from './errors'
import { formatZodIssue } from './zod-messages'

export const localeSchema = z.strictObject({
  code: z.string().regex(/^[a-z]{2,3}$/, 'use a short lowercase code such as "fr"'),
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'use a BCP 47 tag such as "fr-FR"'),
  name: z.string().min(1),
  dir: z.string().min(1),
  prefix: z.string().regex(/^(|\/[a-z]{2,3})$/, 'use "" for the default language or "/<code>"'),
  default: z.boolean().optional(),
  /** The readability formula for this language: Flesch–Kincaid grade (English) or Kandel–Moles reading ease (French). */
  readability: z.enum(['flesch-kincaid', 'kandel-moles']).default('flesch-kincaid'),
})
export type Locale = z.infer<typeof localeSchema>

const cache = new Map<string, Locale[]>()

export function contentRoot(): string {
  return process.env.CONTENT_ROOT ? path.resolve(process.env.CONTENT_ROOT) : path.join(process.cwd(), 'content')
}

/** The locales of a content root (default: content/), default language first. */
export function readLocales(root: string = contentRoot()): Locale[] {
  const hit = cache.get(root)
  if (hit) return hit
  const file = path.join(root, 'locales.yaml')
  // A content root without a locale list (a test fixture) is one English site at /.
  if (!fs.existsSync(file)) {
    const only: Locale[] = [{ code: 'en', lang: 'en-GB', name: 'English', dir: '.', prefix: '', default: true, readability: 'flesch-kincaid' }]
    cache.set(root, only)
    return only
  }
  const r = z.array(localeSchema).min(1).safeParse(YAML.parse(fs.readFileSync(file, 'utf8')), { reportInput: true })
  if (!r.success) throw new ContentValidationError(r.error.issues.map((i) => formatZodIssue('content/locales.yaml', i)))
  const list = r.data
  const defaults = list.filter((l) => l.default)
  const problems: ContentProblem[] = []
  if (defaults.length !== 1) problems.push({ file: 'content/locales.yaml', field: 'default', message: 'mark exactly one language with default: true' })
  for (const l of list) {
    if (l.default && l.prefix !== '') problems.push({ file: 'content/locales.yaml', field: `[${l.code}] prefix`, message: 'the default language lives at / : use prefix ""' })
    if (!l.default && l.prefix !== `/${l.code}`) problems.push({ file: 'content/locales.yaml', field: `[${l.code}] prefix`, message: `use prefix "/${l.code}"` })
    if (!fs.existsSync(path.join(root, l.dir))) problems.push({ file: 'content/locales.yaml', field: `[${l.code}] dir`, message: `content/${l.dir}/ does not exist` })
  }
  if (new Set(list.map((l) => l.code)).size !== list.length) problems.push({ file: 'content/locales.yaml', field: 'code', message: 'each code must be used once' })
  if (problems.length) throw new ContentValidationError(problems)
  const sorted = [...defaults, ...list.filter((l) => !l.default)]
  cache.set(root, sorted)
  return sorted
}

export function defaultLocale(root?: string): Locale {
  return readLocales(root)[0]!
}

/** The locale with this code; throws on an unknown code (a route asked for a language we do not have). */
export function getLocale(code: string, root?: string): Locale {
  const l = readLocales(root).find((x) => x.code === code)
  if (!l) throw new Error(`unknown locale "${code}"; the languages are listed in content/locales.yaml`)
  return l
}

/** The language of a site path, from its prefix ("/fr/faq/" → fr; anything else → the default language). */
export function localeOfPath(sitePath: string, root?: string): Locale {
  const all = readLocales(root)
  return all.find((l) => l.prefix && (sitePath === l.prefix || sitePath.startsWith(`${l.prefix}/`))) ?? all[0]!
}

/** A site path ("/articles/x/") in a locale ("/fr/articles/x/"). */
export function withPrefix(locale: Locale, sitePath: string): string {
  return `${locale.prefix}${sitePath}`
}
