import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readContent } from '@/lib/content/load'
import { SYNTHETIC_PREFIX, writeSyntheticArticles } from '@/scripts/bench/project'

/** The build benchmark (npm run bench) builds 1,000 synthetic articles; they must be valid content. */
describe('synthetic benchmark articles', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synthetic-content-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('pass the content validator next to the real articles', () => {
    fs.cpSync(path.resolve(import.meta.dirname, '../../../content'), path.join(dir, 'content'), { recursive: true })
    writeSyntheticArticles(dir, 41)
    const content = readContent(path.join(dir, 'content'))
    const synthetic = content.articles.filter((a) => a.slug.startsWith(SYNTHETIC_PREFIX))
    expect(synthetic).toHaveLength(41)
    for (const a of synthetic) {
      expect(a.citations.order.length).toBeGreaterThan(0)
      expect(a.headings.filter((h) => h.depth === 2)).toHaveLength(4)
    }
  })
})
