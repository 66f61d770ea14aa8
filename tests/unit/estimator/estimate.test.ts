import { describe, expect, it } from 'vitest'
import { estimateCourse } from '@/lib/estimator'
import { describeCalculation, formatMoney, formatNumber, formatRange } from './en'

describe('estimateCourse', () => {
  it('multiplies all sessions by the lowest and highest price', () => {
    expect(estimateCourse({ low: 200, high: 600, sessions: 10, maintenance: 0, years: 0 })).toEqual({ totalSessions: 10, low: 2000, high: 6000 })
  })

  it('adds top-ups: (sessions + maintenance × years) × price', () => {
    expect(estimateCourse({ low: 200, high: 600, sessions: 10, maintenance: 4, years: 2 })).toEqual({ totalSessions: 18, low: 3600, high: 10800 })
  })

  it('matches the worked examples in the costs article', () => {
    expect(estimateCourse({ low: 200, high: 600, sessions: 12, maintenance: 0, years: 0 })).toMatchObject({ low: 2400, high: 7200 })
    expect(estimateCourse({ low: 45, high: 75, sessions: 5, maintenance: 0, years: 0 })).toMatchObject({ low: 225, high: 375 })
    expect(estimateCourse({ low: 110, high: 110, sessions: 5, maintenance: 0, years: 0 })).toMatchObject({ low: 550, high: 550 })
  })

  it('keeps decimals exact to the cent', () => {
    expect(estimateCourse({ low: 0.1, high: 0.2, sessions: 3, maintenance: 0, years: 0 })).toEqual({ totalSessions: 3, low: 0.3, high: 0.6 })
    expect(estimateCourse({ low: 199.99, high: 199.99, sessions: 3, maintenance: 0, years: 0 }).low).toBe(599.97)
  })

  it('handles zero sessions without NaN (the form itself asks for at least 1)', () => {
    expect(estimateCourse({ low: 200, high: 600, sessions: 0, maintenance: 0, years: 0 })).toEqual({ totalSessions: 0, low: 0, high: 0 })
    expect(estimateCourse({ low: 200, high: 600, sessions: 0, maintenance: 2, years: 3 })).toEqual({ totalSessions: 6, low: 1200, high: 3600 })
  })

  it('stays finite at the largest allowed values', () => {
    const r = estimateCourse({ low: 100000, high: 100000, sessions: 100, maintenance: 52, years: 50 })
    expect(r).toEqual({ totalSessions: 2700, low: 270_000_000, high: 270_000_000 })
    expect(Number.isFinite(r.high)).toBe(true)
  })

  it('throws on negative, NaN or infinite input instead of returning NaN', () => {
    expect(() => estimateCourse({ low: -1, high: 600, sessions: 10, maintenance: 0, years: 0 })).toThrow(RangeError)
    expect(() => estimateCourse({ low: Number.NaN, high: 600, sessions: 10, maintenance: 0, years: 0 })).toThrow(RangeError)
    expect(() => estimateCourse({ low: 200, high: Number.POSITIVE_INFINITY, sessions: 10, maintenance: 0, years: 0 })).toThrow(RangeError)
    expect(() => estimateCourse({ low: 600, high: 200, sessions: 10, maintenance: 0, years: 0 })).toThrow(RangeError)
  })
})

describe('formatting', () => {
  it('groups thousands and keeps two decimals for money', () => {
    expect(formatNumber(1234567)).toBe('1,234,567')
    expect(formatNumber(0.3)).toBe('0.3')
    expect(formatMoney(2000, 'USD')).toBe('US$2,000')
    expect(formatMoney(1234.5, 'GBP')).toBe('£1,234.50')
    expect(formatMoney(45, 'EUR')).toBe('€45')
    expect(formatMoney(270_000_000, 'EUR')).toBe('€270,000,000')
  })

  it('shows a range, or one amount when both ends are equal', () => {
    expect(formatRange(2000, 6000, 'USD')).toBe('US$2,000 to US$6,000')
    expect(formatRange(550, 550, 'EUR')).toBe('€550')
  })

  it('refuses to format NaN or Infinity', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError)
    expect(() => formatMoney(Number.POSITIVE_INFINITY, 'USD')).toThrow(RangeError)
  })
})

describe('describeCalculation', () => {
  it('spells out the formula with the numbers used', () => {
    const input = { low: 200, high: 600, sessions: 10, maintenance: 4, years: 2 }
    expect(describeCalculation(input, estimateCourse(input), 'USD')).toBe(
      '(10 sessions + 4 top-ups a year × 2 years) × US$200 to US$600 a session = 18 sessions × US$200 to US$600 = US$3,600 to US$10,800.',
    )
  })

  it('uses singular words and a single price when low equals high', () => {
    const input = { low: 110, high: 110, sessions: 1, maintenance: 1, years: 1 }
    expect(describeCalculation(input, estimateCourse(input), 'EUR')).toBe('(1 session + 1 top-up a year × 1 year) × €110 a session = 2 sessions × €110 = €220.')
  })
})
