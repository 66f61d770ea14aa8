/**
 * The search words of one language (content/<dir>/search.yaml): stop words, synonyms and the
 * symptom words that pin the "when to get help" answers. They are content: a new language adds
 * its own file, with no code change.
 */
import fs from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import { z } from 'zod'
import { ContentValidationError } from './errors'
import { contentRoot, getLocale } from './locales'
import { formatZodIssue } from './zod-messages'

const word = z.string().trim().min(1, 'must be a word, not empty')
const words = z.array(word).min(1, 'list at least one word')

export const searchWordsSchema = z.strictObject({
  /** Which light ending-folder the language uses. */
  stemmer: z.enum(['en', 'fr', 'none']),
  /** Words never indexed nor searched. */
  stopWords: z.array(word),
  /** A lay word or phrase → the words the answers use. */
  synonyms: z.record(z.string().trim().min(1), words),
  /** Symptom words (lib/search/warnings.ts). */
  symptoms: z.strictObject({ alarm: words, together: words }),
})
export type SearchWords = z.infer<typeof searchWordsSchema>

const cache = new Map<string, SearchWords>()

/** The validated search words of a locale ("en", "fr"); errors name the file and the field. */
export function getSearchWords(locale: string, root: string = contentRoot()): SearchWords {
  const dir = getLocale(locale, root).dir
  const file = path.join(root, dir, 'search.yaml')
  const hit = cache.get(file)
  if (hit) return hit
  const shown = path.posix.join('content', dir, 'search.yaml')
  if (!fs.existsSync(file)) throw new ContentValidationError([{ file: shown, field: '(file)', message: 'is missing: every language needs its search words' }])
  let raw: unknown
  try {
    raw = YAML.parse(fs.readFileSync(file, 'utf8'))
  } catch (e) {
    throw new ContentValidationError([{ file: shown, field: '(YAML)', message: (e as Error).message.split('\n')[0] ?? 'invalid YAML' }])
  }
  const r = searchWordsSchema.safeParse(raw, { reportInput: true })
  if (!r.success) throw new ContentValidationError(r.error.issues.map((i) => formatZodIssue(shown, i)))
  cache.set(file, r.data)
  return r.data
}
