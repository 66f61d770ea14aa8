/**
 * The interface words of one language (content/<dir>/ui.yaml), checked against the default language's
 * keys: a key missing or extra in any language fails the build, naming the key and the file. Each
 * translation keeps the same {placeholders}. The type of the words is generated from content/ui.yaml
 * (ui-text.generated.ts), so a component that asks for a key that does not exist fails the typecheck.
 */
import fs from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import type { ContentProblem } from './errors'
import { takeTranslationFields, type LocaleScope } from './translation'
import type { Plural, UiText } from './ui-text.generated'
import { fillLabel as fill } from './options'

export type { Plural, UiText } from './ui-text.generated'

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(', ')
const isGroup = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Compares one language's words with the default language's, key by key. */
export function checkUiShape(reference: unknown, value: unknown, file: string, problems: ContentProblem[], at = ''): void {
  if (typeof reference === 'string') {
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push({ file, field: at, message: value === undefined ? `is missing: add this key (in English: "${reference}")` : 'must be a non-empty text' })
      return
    }
    if (placeholders(value) !== placeholders(reference)) {
      problems.push({ file, field: at, message: `must use the same {placeholders} as the English (${placeholders(reference) || 'none'}); it has ${placeholders(value) || 'none'}` })
    }
    return
  }
  if (!isGroup(reference)) return
  if (!isGroup(value)) {
    problems.push({ file, field: at || '(file)', message: value === undefined ? 'is missing: add this group of keys (see content/ui.yaml)' : 'must be a group of keys, as in content/ui.yaml' })
    return
  }
  for (const [k, ref] of Object.entries(reference)) checkUiShape(ref, value[k], file, problems, at ? `${at}.${k}` : k)
  for (const k of Object.keys(value)) {
    if (!(k in reference)) problems.push({ file, field: at ? `${at}.${k}` : k, message: 'is not a key of content/ui.yaml: remove it or fix the spelling' })
  }
}

function parse(file: string, scope: LocaleScope, problems: ContentProblem[]): unknown {
  try {
    return YAML.parse(fs.readFileSync(file, 'utf8'))
  } catch (e) {
    problems.push({ file: scope.rel(file), field: '(YAML)', message: `cannot be read as YAML: ${(e as Error).message.split('\n')[0]}` })
    return undefined
  }
}

/**
 * Reads this language's ui.yaml. The reference keys are the default language's file. A content root with no
 * ui.yaml of its own and no locale list (a test fixture) borrows the project's content/ui.yaml.
 */
export function readUi(scope: LocaleScope, problems: ContentProblem[]): UiText | undefined {
  const referenceFile = path.join(scope.root, 'ui.yaml')
  const fallback = path.join(process.cwd(), 'content', 'ui.yaml')
  const refPath = fs.existsSync(referenceFile) ? referenceFile : !fs.existsSync(path.join(scope.root, 'locales.yaml')) ? fallback : referenceFile
  const file = scope.isDefault ? refPath : path.join(scope.dir, 'ui.yaml')
  if (!fs.existsSync(file)) {
    problems.push({ file: scope.rel(file), field: '(file)', message: 'is missing: copy content/ui.yaml and translate every value' })
    return undefined
  }
  const reference = scope.isDefault ? undefined : parse(refPath, scope, problems)
  const raw = takeTranslationFields(scope, file, parse(file, scope, problems), problems).data
  const before = problems.length
  if (reference !== undefined) checkUiShape(reference, raw, scope.rel(file), problems)
  else if (!isGroup(raw)) problems.push({ file: scope.rel(file), field: '(file)', message: 'must be a YAML mapping of keys' })
  return problems.length === before ? (raw as UiText) : undefined
}

/** Fills {name} placeholders: the one filler (fillLabel, lib/content/options.ts), under its shorter name. */
export { fill }

/** Chooses the singular or plural text for a count by the language's rules and fills {count}. */
export function plural(p: Plural, count: number, lang: string, values: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? p.one : p.other
  return fill(form, { count: new Intl.NumberFormat(lang).format(count), ...values })
}
