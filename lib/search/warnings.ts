/**
 * Symptom searches put the "when to get help" answers first. A worried reader who types
 * "red hot lump" must see the warning signs before any reassurance ("redness usually fades"),
 * because a red, hot, painful or growing lump can be an infection even weeks later and even
 * without a fever. The symptom words of each language are content (content/<dir>/search.yaml);
 * the answers to pin are listed here by their shared key (the English file name), and the build
 * turns them into each language's ids.
 */
import { normalizeQuery, type SearchLang, type Words } from './normalize'

/**
 * The answers and sections a symptom search shows first, most useful first: FAQ keys, and
 * article sections as "<article key>#<English heading anchor>". Each must exist (a unit test checks).
 */
export const WARNING_KEYS = [
  'when-to-call-a-doctor-after-mesotherapy',
  'can-infection-show-up-weeks-later',
  'risks-and-side-effects#signs-can-come-weeks-later',
  'aftercare#when-to-get-help-at-any-time',
] as const

/** True when the query describes a symptom that may need a doctor. */
export function isSymptomQuery(raw: string, lang: Pick<SearchLang, 'alarm' | 'symptom'>, words: Words): boolean {
  const alarm = new Set(lang.alarm.map(words.stem))
  const symptom = new Set(lang.symptom.map(words.stem))
  const list = normalizeQuery(raw)
    .split(/[\s'-]+/)
    .filter(Boolean)
    .map(words.stem)
  if (list.some((w) => alarm.has(w))) return true
  return list.filter((w) => symptom.has(w)).length >= 2
}
