import { getContent } from '@/lib/content'
import { describe, expect, it } from 'vitest'
import { backlinkLetter, backlinks, createCitationScope, markerAnchor, pageCitations, refAnchor } from '@/lib/citations/scope'

describe('citation numbering', () => {
  it('numbers sources by first use and keeps a repeated source on its number', () => {
    const cites = pageCitations(['b', 'a', 'b', 'c', 'a', 'b'])
    expect(cites.order).toEqual(['b', 'a', 'c'])
    expect(cites.counts).toEqual({ b: 3, a: 2, c: 1 })
    const scope = createCitationScope(cites)
    expect(scope.numberOf('b')).toBe(1)
    expect(scope.numberOf('a')).toBe(2)
    expect(scope.numberOf('c')).toBe(3)
  })

  it('gives each marker of a source its own occurrence', () => {
    const scope = createCitationScope(pageCitations(['x', 'y', 'x']))
    expect([scope.nextOccurrence('x'), scope.nextOccurrence('y'), scope.nextOccurrence('x')]).toEqual([1, 1, 2])
    expect(scope.count('x')).toBe(2)
  })

  it('throws for a source the page does not cite', () => {
    expect(() => createCitationScope(pageCitations(['x'])).numberOf('nope')).toThrow(/not in this page/)
  })

  it('prefixes anchors per scope so FAQ answers on one page do not clash', () => {
    expect(refAnchor('', 'has2014')).toBe('ref-has2014')
    expect(refAnchor('does-it-hurt--', 'has2014')).toBe('does-it-hurt--ref-has2014')
    expect(markerAnchor('q--', 'a', 2)).toBe('q--cite-a-2')
  })
})

describe('back-links', () => {
  const words = getContent().ui.citations
  it('uses one ↑ for a single citation', () => {
    expect(backlinks('', 'a', 4, 1, words)).toEqual([{ href: '#cite-a-1', text: '↑', label: 'Back to where source 4 is cited' }])
  })

  it('uses letters a, b, c with accessible names for repeated citations', () => {
    const links = backlinks('', 'a', 2, 3, words)
    expect(links.map((l) => l.text)).toEqual(['a', 'b', 'c'])
    expect(links.map((l) => l.href)).toEqual(['#cite-a-1', '#cite-a-2', '#cite-a-3'])
    expect(links[1]?.label).toBe('Back to citation b of source 2')
  })

  it('continues past z like a spreadsheet', () => {
    expect([1, 26, 27, 28, 52, 53].map(backlinkLetter)).toEqual(['a', 'z', 'aa', 'ab', 'az', 'ba'])
  })
})
