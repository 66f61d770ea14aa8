/**
 * Translations: each file of a non-default language records the hash of the default-language file it
 * translates (`sourceHash`). When the English file changes, its hash no longer matches and the
 * translation is stale: tests list it and the page shows a note until it is translated again.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { ContentProblem } from './errors'
import type { Locale } from './locales'
import { isValidSlug } from './slug'

/** The hash a translation records: the first 16 hex digits of the SHA-256 of the English file's bytes. */
export function fileHash(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 16)
}

export interface TranslationRecord {
  /** The translation, e.g. content/fr/articles/costs.mdx. */
  file: string
  /** The file it translates, e.g. content/articles/costs.mdx. */
  englishFile: string
  recorded: string
  current: string
  stale: boolean
}

/** Where one language's files are read, and what the reader collects about translations. */
export interface LocaleScope {
  locale: Locale
  root: string
  /** content/<dir>/ of this language. */
  dir: string
  isDefault: boolean
  translations: TranslationRecord[]
  rel: (file: string) => string
}

/** The default-language file that `file` (in this language's folder) translates. */
export function englishFileOf(scope: LocaleScope, file: string): string {
  return path.join(scope.root, path.relative(scope.dir, file))
}

/**
 * Takes the translation fields off a parsed file (`sourceHash`, and `slug` where the file names a page),
 * checks them and records the translation. Returns the data without them, and the page slug if one was given.
 */
export function takeTranslationFields(
  scope: LocaleScope,
  file: string,
  data: unknown,
  problems: ContentProblem[],
  opts: { slug?: boolean } = {},
): { data: unknown; slug?: string; record?: TranslationRecord } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { data }
  const { sourceHash, slug, ...rest } = data as Record<string, unknown>
  const relFile = scope.rel(file)
  const out: { data: unknown; slug?: string; record?: TranslationRecord } = { data: opts.slug ? rest : { ...rest, ...(slug !== undefined ? { slug } : {}) } }
  if (scope.isDefault) {
    if (sourceHash !== undefined) problems.push({ file: relFile, field: 'sourceHash', message: 'only translations record a sourceHash; remove it from the default language' })
    if (opts.slug && slug !== undefined) problems.push({ file: relFile, field: 'slug', message: 'the default language takes its slug from the file name; remove the field' })
    return out
  }
  if (opts.slug && slug !== undefined) {
    if (typeof slug !== 'string' || !isValidSlug(slug)) problems.push({ file: relFile, field: 'slug', message: 'must be lowercase ASCII letters, digits and single hyphens (no accents), e.g. soins-apres-la-seance' })
    else out.slug = slug
  }
  const english = englishFileOf(scope, file)
  if (!fs.existsSync(english)) {
    problems.push({ file: relFile, field: '(file)', message: `translates ${scope.rel(english)}, which does not exist; rename it to match the English file or remove it` })
    return out
  }
  if (typeof sourceHash !== 'string' || !/^[0-9a-f]{16}$/.test(sourceHash)) {
    problems.push({ file: relFile, field: 'sourceHash', message: `is missing or malformed: add sourceHash: <first 16 hex digits of sha256 of ${scope.rel(english)}> (sha256sum ${scope.rel(english)} | cut -c1-16)` })
    return out
  }
  const current = fileHash(english)
  out.record = { file: relFile, englishFile: scope.rel(english), recorded: sourceHash, current, stale: current !== sourceHash }
  scope.translations.push(out.record)
  return out
}
