/** Temporary copies of the valid content fixture, edited per test, for the loader's bad-input tests. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect } from 'vitest'
import { readContent, ContentValidationError } from '@/lib/content'

export const VALID = path.resolve(__dirname, '../../fixtures/content/valid')

/** A path (relative to content/) mapped to its new text, a function of the old text, or null to delete it. */
export type Edits = Record<string, string | null | ((old: string) => string)>

const made: string[] = []
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

/** Copies the valid fixture into a temp folder, runs `prepare` on the copy, then applies the edits. */
export function fixture(edits: Edits = {}, prepare?: (root: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'))
  made.push(dir)
  const root = path.join(dir, 'content')
  fs.cpSync(VALID, root, { recursive: true })
  prepare?.(root)
  for (const [rel, edit] of Object.entries(edits)) {
    const file = path.join(root, rel)
    if (edit === null) fs.rmSync(file)
    else {
      fs.mkdirSync(path.dirname(file), { recursive: true })
      const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
      fs.writeFileSync(file, typeof edit === 'function' ? edit(old) : edit)
    }
  }
  return root
}

/** The problems the loader reports for this content; fails the test if it accepts it. */
export function problems(root: string) {
  try {
    readContent(root)
  } catch (e) {
    expect(e).toBeInstanceOf(ContentValidationError)
    return (e as ContentValidationError).problems
  }
  throw new Error('expected the content to be rejected')
}
