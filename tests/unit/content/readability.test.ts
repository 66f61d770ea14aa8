import { describe, expect, it } from 'vitest'
import { fleschKincaid, proseFromMdx, readabilityOfMdx } from '@/lib/content/readability'

describe('readability', () => {
  it('leaves out headings, tables, citations and component props', () => {
    const prose = proseFromMdx(
      '## A heading\n\nText here<Cite id="x" />.\n\n| a | b |\n|---|---|\n| long table words | more |\n\n<RiskCallout level="urgent" title="Title words">Body text.</RiskCallout>\n',
    )
    expect(prose).toBe('Text here. Body text.')
  })

  it('keeps inline glossary links inside their sentence', () => {
    expect(proseFromMdx('The <Term id="dermis">dermis</Term> is thick.')).toBe('The dermis is thick.')
  })

  it('scores simple text low and dense text high', () => {
    expect(fleschKincaid('The cat sat on the mat. It was warm.').grade).toBeLessThan(3)
    expect(
      fleschKincaid('Intradermal pharmacological administration of heterogeneous multicomponent formulations demonstrates inconsistent therapeutic effectiveness.').grade,
    ).toBeGreaterThan(15)
  })

  it('counts words and sentences of MDX', () => {
    const r = readabilityOfMdx('One two three. Four five six.\n\n- a list item\n')
    expect(r.sentences).toBe(3)
    expect(r.words).toBe(9)
  })
})
