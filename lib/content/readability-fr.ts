import { proseFromMdx } from './readability'

/** Kandel–Moles (1958) result: Flesch's reading ease adapted to French. 60 and above reads as "facile". */
export interface LisibiliteFr {
  words: number
  sentences: number
  syllables: number
  /** 207 − 1.015 × (words per sentence) − 73.6 × (syllables per word), rounded to one decimal. */
  score: number
}

const WORD = /[A-Za-zÀ-ÖØ-öø-ÿŒœ][A-Za-zÀ-ÖØ-öø-ÿŒœ’'-]*/g
const VOWEL_GROUP = /[aeiouyàâäéèêëîïôöûùüÿœæ]+/g

/**
 * Spoken syllables of one French word, by vowel groups: a final mute "e", "es" or verbal "ent"
 * after a consonant does not count (table, tables, parlent), and elided forms (l’, d’) are one word.
 * A heuristic, as every Kandel–Moles tool uses; it is right for most common words.
 */
export function syllablesFr(word: string): number {
  let w = word.toLowerCase().replace(/^[a-z]['’]/, '').replace(/['’-]/g, '')
  if (w.length > 3) w = w.replace(/([^aeiouyàâäéèêëîïôöûùüÿœæ])(e|es|ent)$/, '$1')
  const groups = w.match(VOWEL_GROUP)
  return Math.max(1, groups ? groups.length : 1)
}

/** Kandel–Moles reading ease of plain French prose. */
export function kandelMoles(prose: string): LisibiliteFr {
  const sentences = prose.split(/[.!?:;…]+(?=[\s»]|$)/).filter((s) => /[A-Za-zÀ-ÿ]/.test(s)).length
  const words = prose.match(WORD) ?? []
  let syllables = 0
  for (const word of words) syllables += syllablesFr(word)
  const w = Math.max(1, words.length)
  const s = Math.max(1, sentences)
  const score = 207 - 1.015 * (w / s) - 73.6 * (syllables / w)
  return { words: words.length, sentences, syllables, score: Math.round(score * 10) / 10 }
}

/** Kandel–Moles reading ease of a French MDX body. */
export function kandelMolesOfMdx(body: string): LisibiliteFr {
  return kandelMoles(proseFromMdx(body))
}
