/**
 * Every language other than the default: each article and FAQ answer (content/<dir>/{articles,faq}/*.mdx)
 * reads as "facile" (Kandel–Moles ≥ 60, lib/content/readability-fr.ts), has French spacing
 * (fixFrenchTypography leaves it unchanged) and no straight double quotes in its prose.
 * Passes with no translated file; lists every file that fails, with its score or line.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLocales } from '@/lib/content'
import { KANDEL_MOLES_MIN, kandelMolesScore, straightQuoteProblems, typographyProblems } from './french-checks'

const root = path.join(process.cwd(), 'content')

function mdxFiles(dir: string): string[] {
  return ['articles', 'faq'].flatMap((folder) => {
    const d = path.join(root, dir, folder)
    return fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith('.mdx')).sort().map((f) => path.posix.join('content', dir, folder, f)) : []
  })
}

for (const locale of readLocales().filter((l) => !l.default)) {
  const files = mdxFiles(locale.dir)
  const read = (f: string) => fs.readFileSync(path.join(process.cwd(), f), 'utf8')

  describe(`${locale.name} content (${files.length} files in content/${locale.dir}/)`, () => {
    it(`reads as "facile": Kandel–Moles ≥ ${KANDEL_MOLES_MIN} on every file`, () => {
      const scores = files.map((f) => ({ f, score: kandelMolesScore(read(f)) }))
      const low = scores.filter((s) => s.score < KANDEL_MOLES_MIN)
      expect(low.map((s) => `${s.f}: Kandel–Moles ${s.score}`).join('\n')).toBe('')
    })

    it('has French spacing (npx tsx scripts/fr-typography.ts <file> fixes it)', () => {
      const bad = files.flatMap((f) => typographyProblems(read(f)).map((p) => `${f} ${p}`))
      expect(bad.join('\n')).toBe('')
    })

    it('has no straight double quotes in prose (French uses « »)', () => {
      const bad = files.flatMap((f) => straightQuoteProblems(read(f)).map((p) => `${f}: ${p}`))
      expect(bad.join('\n')).toBe('')
    })
  })
}

describe('the French checks can fail', () => {
  const nbsp = '\u00A0'
  const good = `---\nquestion: Est-ce que ça fait mal${nbsp}?\nterms: [douleur]\n---\n\nUn peu. La piqûre pique<Cite id="x" />. Le bleu part vite. Dites «${nbsp}stop${nbsp}» si besoin.\n`
  const hard =
    '---\nquestion: Quelles sont les conséquences physiopathologiques ?\n---\n\nLes conséquences physiopathologiques consécutives aux administrations intradermiques répétées demeurent insuffisamment caractérisées par la littérature internationale contemporaine, particulièrement concernant les complications infectieuses mycobactériennes atypiques.\n'

  it('passes a plain French file', () => {
    expect(kandelMolesScore(good)).toBeGreaterThanOrEqual(KANDEL_MOLES_MIN)
    expect(typographyProblems(good)).toEqual([])
    expect(straightQuoteProblems(good)).toEqual([])
  })

  it('flags a hard text with its score', () => {
    expect(kandelMolesScore(hard)).toBeLessThan(KANDEL_MOLES_MIN)
  })

  it('flags missing no-break spaces, naming the line', () => {
    expect(typographyProblems('Titre\nEst-ce grave ? Oui : parfois.\n')).toEqual([expect.stringMatching(/^line 2: needs French spacing/)])
  })

  it('flags straight double quotes in prose and frontmatter, not in JSX attributes', () => {
    expect(straightQuoteProblems('---\nquestion: Le "mésolift" ?\n---\n\nTexte<Cite id="a" />.\n')).toEqual([expect.stringMatching(/in question/)])
    expect(straightQuoteProblems('Le mot "cellulite" vient du latin<Cite id="a" />.\n')).toHaveLength(1)
    expect(straightQuoteProblems('Texte<Cite id="a" /> et <Term id="b">mot</Term>.\n')).toEqual([])
  })
})
