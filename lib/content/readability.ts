import { syllable } from 'syllable'

/** Flesch–Kincaid result for a piece of prose. */
export interface Readability {
  words: number
  sentences: number
  syllables: number
  /** Flesch–Kincaid grade level, rounded to one decimal. */
  grade: number
}

/**
 * Turns an MDX body into the prose a reader reads: headings, tables, code, JSX tags
 * (citations, callout props), link targets and Markdown marks are removed. Each paragraph
 * and list item ends a sentence, so fragments do not run together.
 */
export function proseFromMdx(body: string): string {
  const lines = body
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .split('\n')
  const kept: string[] = []
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#') || line.startsWith('|') || line.startsWith('import ')) {
      kept.push('')
      continue
    }
    kept.push(line)
  }
  const text = kept
    .join('\n')
    // JSX tags (self-closing or open/close) go, their children stay.
    .replace(/<[A-Za-z][^<>]*?\/>/g, '')
    // Inline components keep the sentence going; block components end it.
    .replace(/<\/?(?:Term|Evidence|Cite)\b[^<>]*>/g, '')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '\n')
    // Markdown links and emphasis.
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>]/g, '')
    .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, '')
  // Blocks (paragraphs, list items, callout bodies) end sentences.
  return text
    .split(/\n+/)
    .map((block) => block.trim())
    .filter((block) => /[A-Za-z]/.test(block))
    .map((block) => (/[.!?:;]["')]?$/.test(block) ? block : `${block}.`))
    .join(' ')
}

const WORD = /[A-Za-z][A-Za-z'’-]*/g

/** Flesch–Kincaid grade of plain prose. */
export function fleschKincaid(prose: string): Readability {
  const sentenceCount = prose
    .split(/[.!?:;]+(?=\s|$)/)
    .filter((s) => /[A-Za-z]/.test(s)).length
  const words = prose.match(WORD) ?? []
  let syllables = 0
  for (const word of words) syllables += Math.max(1, syllable(word))
  const w = Math.max(1, words.length)
  const s = Math.max(1, sentenceCount)
  const grade = 0.39 * (w / s) + 11.8 * (syllables / w) - 15.59
  return { words: words.length, sentences: sentenceCount, syllables, grade: Math.round(grade * 10) / 10 }
}

/** Readability of an MDX body. */
export function readabilityOfMdx(body: string): Readability {
  return fleschKincaid(proseFromMdx(body))
}
