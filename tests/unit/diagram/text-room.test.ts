import { describe, expect, it } from 'vitest'
import { LETTER_SPACING_ROOM, NARROW_WIDTH, textWidth, tickLabel, wrap } from '@/components/diagram/svg-kit'

describe('room for readers’ text spacing (WCAG 1.4.12)', () => {
  it('estimates each line with 0.12 em more per letter and 0.16 em more per space', () => {
    const plain = 'abcd'.length * 15 * 0.53
    expect(textWidth('abcd', 15)).toBeCloseTo(plain + 4 * 15 * LETTER_SPACING_ROOM)
    expect(textWidth('ab cd', 15) - textWidth('abcde', 15)).toBeCloseTo(15 * 0.16)
  })

  it('wraps a label that would overflow the phone drawing once spacing grows', () => {
    const label = 'Fades; no source says how long it takes'
    const lines = wrap(label, NARROW_WIDTH - 8, 15)
    expect(lines.length).toBeGreaterThan(1)
    for (const l of lines) expect(textWidth(l, 15)).toBeLessThanOrEqual(NARROW_WIDTH - 8)
  })

  it('anchors an axis label at the edge instead of letting it run off', () => {
    expect(tickLabel(304, '4wk', 15, 2, 314)).toEqual({ x: 314, textAnchor: 'end' })
    expect(tickLabel(12, '0', 15, 2, 314)).toEqual({ x: 12, textAnchor: 'middle' })
    expect(tickLabel(150, '1wk', 15, 2, 314)).toEqual({ x: 150, textAnchor: 'middle' })
    expect(tickLabel(4, '100', 15, 2, 314)).toEqual({ x: 2, textAnchor: 'start' })
  })
})
