/**
 * Symptom searches put the "when to get help" answers first. A worried reader who types
 * "red hot lump" must see the warning signs before any reassurance ("redness usually fades"),
 * because a red, hot, painful or growing lump can be an infection even weeks later and even
 * without a fever.
 */
import { normalizeQuery, stem } from './normalize'

/** Words that on their own point to a possible complication. */
const ALARM = ['lump', 'lumps', 'pus', 'abscess', 'abscesses', 'fever', 'infection', 'infected', 'growing', 'spreading', 'oozing', 'ooze', 'weeping', 'blister', 'blackened', 'necrosis', 'nodule', 'nodules', 'boil', 'boils']

/** Words that point to a complication when two or more come together ("swollen red skin"). */
const SYMPTOM = ['red', 'redness', 'swollen', 'swelling', 'painful', 'pain', 'hurts', 'bruise', 'bruising', 'itchy', 'itching', 'rash', 'throbbing', 'tender', 'dark', 'hot', 'warm', 'hard', 'sore', 'sores']

const alarm = new Set(ALARM.map(stem))
const symptom = new Set(SYMPTOM.map(stem))

/**
 * The answers and sections a symptom search shows first, most useful first. Ids must exist in the
 * indexes (a unit test checks them).
 */
export const WARNING_IDS = [
  'when-to-call-a-doctor-after-mesotherapy',
  'can-infection-show-up-weeks-later',
  'risks-and-side-effects#signs-can-come-weeks-later',
  'aftercare#when-to-get-help-at-any-time',
] as const

/** True when the query describes a symptom that may need a doctor. */
export function isSymptomQuery(raw: string): boolean {
  const words = normalizeQuery(raw)
    .split(' ')
    .filter(Boolean)
    .map((w) => stem(w.replace(/['-]/g, '')))
  if (words.some((w) => alarm.has(w))) return true
  return words.filter((w) => symptom.has(w)).length >= 2
}
