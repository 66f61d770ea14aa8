/**
 * Reading one YAML file of a locale (content/<dir>/<name>), validated by a strict zod schema.
 * Non-default locales are translations: their files carry `sourceHash` (the first 16 hex characters
 * of the sha256 of the English file they translate). The default locale's files must not.
 */
import fs from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import { z } from 'zod'
import { ContentValidationError, type ContentProblem } from './errors'
import { contentRoot, getLocale, type Locale } from './locales'
import { formatZodIssue } from './zod-messages'

export const sourceHashSchema = z.string().regex(/^[0-9a-f]{16}$/, 'use the first 16 hex characters of `sha256sum` of the English file')

/** The file's path as shown in messages, e.g. `content/fr/tools/aftercare-sheet.yaml`. */
export function localeFile(locale: Locale, name: string): { abs: string; shown: string } {
  const rel = locale.dir === '.' ? name : `${locale.dir}/${name}`
  return { abs: path.join(contentRoot(), rel), shown: `content/${rel}` }
}

/** A `{name}` placeholder template: each name the code fills in must appear, and no other. */
export function template(...names: string[]) {
  return z.string().min(1).superRefine((s, ctx) => {
    for (const n of names) {
      if (!s.includes(`{${n}}`)) ctx.addIssue({ code: 'custom', message: `must contain the placeholder {${n}} (the code fills it in): add it back` })
    }
    for (const m of s.matchAll(/\{([a-zA-Z]+)\}/g)) {
      if (!names.includes(m[1]!)) ctx.addIssue({ code: 'custom', message: `unknown placeholder {${m[1]}}: the code only fills ${names.length ? names.map((n) => `{${n}}`).join(', ') : 'none'}` })
    }
  })
}

/** Plain text with no `{placeholder}`. */
export const text = template()

/**
 * Reads and validates content/<locale dir>/<name>. `schema` is the English shape; for a
 * translation, `sourceHash` is added and required.
 */
export function readLocaleYaml<S extends z.ZodObject>(code: string, name: string, schema: S): z.infer<S> {
  const locale = getLocale(code)
  const { abs, shown } = localeFile(locale, name)
  if (!fs.existsSync(abs)) {
    throw new ContentValidationError([{ file: shown, field: '(file)', message: `is missing: translate content/${name} into ${locale.name} (${locale.code})` }])
  }
  let data: unknown
  try {
    data = YAML.parse(fs.readFileSync(abs, 'utf8'))
  } catch (e) {
    throw new ContentValidationError([{ file: shown, field: '(file)', message: `is not valid YAML: ${(e as Error).message.split('\n')[0]}` }])
  }
  const full = locale.default ? schema : schema.extend({ sourceHash: sourceHashSchema })
  const r = full.safeParse(data, { reportInput: true })
  if (!r.success) {
    const problems: ContentProblem[] = r.error.issues.map((i) => formatZodIssue(shown, i))
    throw new ContentValidationError(problems)
  }
  const rest = { ...(r.data as Record<string, unknown>) }
  delete rest.sourceHash
  return rest as z.infer<S>
}
