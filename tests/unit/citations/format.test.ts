import { describe, expect, it } from 'vitest'
import type { Source } from '@/lib/content'
import { citationText, formatAuthors, sourceShortName, withStop } from '@/lib/citations/format'

const src = (over: Partial<Source>): Source => ({ id: 'x', type: 'review', title: 'A title', ...over }) as Source

describe('reference punctuation', () => {
  it('adds a full stop only where none is', () => {
    expect(withStop('Rotunda AM')).toBe('Rotunda AM.')
    expect(withStop('Rotunda AM, Kolodney MS, Smith J, et al.')).toBe('Rotunda AM, Kolodney MS, Smith J, et al.')
    expect(withStop('Cellulite: Is there a role for injectables?')).toBe('Cellulite: Is there a role for injectables?')
    expect(withStop('Wow!')).toBe('Wow!')
  })

  it('never writes "et al.." or "?." in a plain-text citation', () => {
    const s = src({ authors: ['A B', 'C D', 'E F', 'G H'], title: 'Does it work?', container: 'J Test', year: 2020 })
    const text = citationText(s)
    expect(formatAuthors(s.authors)).toMatch(/et al\.$/)
    expect(text).not.toMatch(/\.\.|\?\./)
    expect(text).toBe('A B, C D, E F, et al. Does it work? J Test. 2020')
  })
})

describe('short source names', () => {
  it('keeps a long title as it is', () => {
    expect(sourceShortName(src({ title: 'Mesotherapy and phosphatidylcholine injections', container: 'Derm Surg', year: 2006 }))).toBe(
      'Mesotherapy and phosphatidylcholine injections',
    )
  })

  it('tells two sources titled only "Mesotherapy" apart by where and when they appeared', () => {
    const a = sourceShortName(src({ title: 'Mesotherapy', container: 'e-lactancia.org', year: 2019 }))
    const b = sourceShortName(src({ title: 'Mesotherapy', container: 'Blog of a device seller' }))
    expect(a).toBe('Mesotherapy (e-lactancia.org, 2019)')
    expect(b).toBe('Mesotherapy (Blog of a device seller)')
    expect(a).not.toBe(b)
  })
})
