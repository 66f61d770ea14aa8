/**
 * The words of the islands (content/islands.yaml, and content/<dir>/islands.yaml per language):
 * search boxes, FAQ buttons, the dark mode switch, the citation preview. Every language must have
 * every key (a strict schema: a missing or unknown key fails, naming the key and the file), and
 * each {placeholder} the code fills in. A translation records the hash of the English file it
 * translates (sourceHash), so a stale translation can be listed.
 */
import fs from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import { z } from 'zod'
import { ContentValidationError } from './errors'
import { contentRoot, defaultLocale, getLocale, readLocales as readLocalesOf } from './locales'
import { fileHash } from './translation'
import { formatZodIssue } from './zod-messages'

/** Text with exactly these {placeholders} (none when the list is empty). */
const text = (...names: string[]) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, 'must not be empty')
    .superRefine((s, ctx) => {
      const found = [...s.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1])
      for (const n of names) if (!found.includes(n)) ctx.addIssue({ code: 'custom', message: `must contain the placeholder {${n}}` })
      for (const f of found) if (!names.includes(f ?? '')) ctx.addIssue({ code: 'custom', message: `unknown placeholder {${f}}: use ${names.length ? names.map((n) => `{${n}}`).join(', ') : 'none'}` })
    })
/** Singular and plural of a sentence with a {count}. */
const plural = z.strictObject({ one: text('count'), other: text('count') })

export const islandTextSchema = z.strictObject({
  headerSearch: z.strictObject({
    region: text(),
    label: text(),
    placeholder: text(),
    button: text(),
    results: text(),
    questions: text(),
    sections: text(),
    count: plural,
    none: text(),
    error: text(),
  }),
  faqSearch: z.strictObject({
    region: text(),
    label: text(),
    hint: text(),
    keys: text(),
    results: text(),
    count: plural,
    none: text(),
    error: text(),
    noscript: z.strictObject({ strong: text(), before: text(), command: text(), after: text() }),
  }),
  faqTools: z.strictObject({ expand: text(), collapse: text(), print: text() }),
  themeToggle: z.strictObject({ label: text() }),
  citePreview: z.strictObject({ heading: text(), title: text('n'), close: text(), closeHidden: text(), goto: text() }),
})
export type IslandText = z.infer<typeof islandTextSchema>
export type PluralText = IslandText['headerSearch']['count']

const translationSchema = islandTextSchema.extend({
  /** First 16 hex digits of the sha256 of the English content/islands.yaml this translates. */
  sourceHash: z.string().regex(/^[0-9a-f]{16}$/, 'must be the first 16 hex digits of the sha256 of content/islands.yaml (sha256sum content/islands.yaml | cut -c1-16)'),
})

export function islandTextFile(locale: string, root: string = contentRoot()): string {
  return path.join(root, getLocale(locale, root).dir, 'islands.yaml')
}

const cache = new Map<string, IslandText>()

/** The validated island words of a language ("en", "fr"). */
export function getIslandText(locale: string, root: string = contentRoot()): IslandText {
  const file = islandTextFile(locale, root)
  const hit = cache.get(file)
  if (hit) return hit
  const shown = path.posix.join('content', path.relative(root, file).split(path.sep).join('/'))
  if (!fs.existsSync(file)) throw new ContentValidationError([{ file: shown, field: '(file)', message: 'is missing: every language needs the island words (copy content/islands.yaml and translate it)' }])
  let raw: unknown
  try {
    raw = YAML.parse(fs.readFileSync(file, 'utf8'))
  } catch (e) {
    throw new ContentValidationError([{ file: shown, field: '(YAML)', message: (e as Error).message.split('\n')[0] ?? 'invalid YAML' }])
  }
  const isDefault = locale === defaultLocale(root).code
  const r = (isDefault ? islandTextSchema : translationSchema).safeParse(raw, { reportInput: true })
  if (!r.success) throw new ContentValidationError(r.error.issues.map((i) => formatZodIssue(shown, i)))
  const words: IslandText & { sourceHash?: string } = { ...r.data }
  delete words.sourceHash
  cache.set(file, words)
  return words
}

/** Translations of content/islands.yaml whose sourceHash is not the English file's hash. */
export function staleIslandTexts(root: string = contentRoot()): { locale: string; file: string; recorded: string; current: string }[] {
  const current = fileHash(islandTextFile(defaultLocale(root).code, root))
  const out: { locale: string; file: string; recorded: string; current: string }[] = []
  for (const l of readLocalesOf(root)) {
    if (l.default) continue
    const file = islandTextFile(l.code, root)
    const data = fs.existsSync(file) ? (YAML.parse(fs.readFileSync(file, 'utf8')) as { sourceHash?: unknown } | null) : null
    const recorded = typeof data?.sourceHash === 'string' ? data.sourceHash : ''
    if (recorded !== current) out.push({ locale: l.code, file: path.relative(process.cwd(), file), recorded, current })
  }
  return out
}
