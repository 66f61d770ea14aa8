import { describe, expect, it } from 'vitest'
import { readNumber, RULES, type RawInput } from '@/lib/estimator'
import { validateField, validateInput } from './en'

const ok: RawInput = { low: '200', high: '600', sessions: '10', maintenance: '4', years: '2' }

describe('readNumber', () => {
  it.each([
    ['200', 200],
    [' 200 ', 200],
    ['199.99', 199.99],
    ['.5', 0.5],
    ['1,000', 1000],
    ['12,345,678.5', 12345678.5],
    ['1 000', 1000],
    ['45,50', 45.5],
    ['US$250', 250],
    ['$250', 250],
    ['€110', 110],
    ['110 €', 110],
    ['£75', 75],
  ])('reads %j as %d', (raw, value) => {
    expect(readNumber(raw)?.value).toBe(value)
  })

  it.each(['', 'abc', '12abc', '1e5', 'Infinity', 'NaN', '0x10', '1.2.3', '1,00,0', '--5', '5-', '½'])('rejects %j', (raw) => {
    expect(readNumber(raw)).toBeNull()
  })

  it('reports a leading minus (hyphen or minus sign) as negative', () => {
    expect(readNumber('-5')).toEqual({ value: 5, negative: true, decimals: 0 })
    expect(readNumber('−5.25')).toEqual({ value: 5.25, negative: true, decimals: 2 })
    expect(readNumber('-US$5')?.negative).toBe(true)
  })
})

describe('validateField', () => {
  it('accepts valid values within the limits', () => {
    expect(validateField('200', RULES.low)).toEqual({ ok: true, value: 200 })
    expect(validateField('100000', RULES.high)).toEqual({ ok: true, value: 100000 })
    expect(validateField('1', RULES.sessions)).toEqual({ ok: true, value: 1 })
    expect(validateField('100', RULES.sessions)).toEqual({ ok: true, value: 100 })
    expect(validateField('0', RULES.maintenance)).toEqual({ ok: true, value: 0 })
    expect(validateField('52', RULES.maintenance)).toEqual({ ok: true, value: 52 })
    expect(validateField('0', RULES.years)).toEqual({ ok: true, value: 0 })
    expect(validateField('50', RULES.years)).toEqual({ ok: true, value: 50 })
  })

  it('accepts prices with up to two decimals', () => {
    expect(validateField('199.99', RULES.low)).toEqual({ ok: true, value: 199.99 })
    expect(validateField('0.5', RULES.low)).toEqual({ ok: true, value: 0.5 })
    expect(validateField('45,5', RULES.low)).toEqual({ ok: true, value: 45.5 })
  })

  it('rejects more than two decimals in a price', () => {
    const r = validateField('19.9999', RULES.low)
    expect(r).toMatchObject({ ok: false, problem: 'too-many-decimals' })
  })

  it('rejects decimals in counts', () => {
    expect(validateField('2.5', RULES.sessions)).toMatchObject({ ok: false, problem: 'not-whole' })
    expect(validateField('0.5', RULES.years)).toMatchObject({ ok: false, problem: 'not-whole' })
    expect(validateField('2.0', RULES.sessions)).toEqual({ ok: true, value: 2 })
  })

  it('rejects empty fields with a message saying what to enter', () => {
    for (const raw of ['', '   ', '\u00a0']) {
      const r = validateField(raw, RULES.sessions)
      expect(r).toMatchObject({ ok: false, problem: 'empty' })
      if (!r.ok) expect(r.message).toBe('This is empty. Enter a whole number from 1 to 100 for the number of sessions in the first course, for example 10.')
    }
  })

  it('rejects negative numbers', () => {
    for (const rule of Object.values(RULES)) {
      expect(validateField('-3', rule)).toMatchObject({ ok: false, problem: 'negative' })
    }
    const r = validateField('-200', RULES.low)
    if (!r.ok) expect(r.message).toMatch(/must be more than 0.*above 0 and up to 100,000/)
  })

  it('says "at least 1" when 0 is not allowed either, and "cannot be less than 0" only when 0 is allowed', () => {
    for (const raw of ['-1', '0']) {
      const r = validateField(raw, RULES.sessions)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.message).toMatch(/^This must be at least 1\. /)
    }
    const years = validateField('-1', RULES.years)
    if (!years.ok) expect(years.message).toMatch(/^This cannot be less than 0\. /)
    const price = validateField('0', RULES.low)
    if (!price.ok) expect(price.message).toMatch(/^This must be more than 0\. /)
  })

  it('reads European thousands ("1.000") and a trailing point ("200.")', () => {
    expect(validateField('1.000', RULES.low)).toEqual({ ok: true, value: 1000 })
    expect(validateField('12.500,50', RULES.high)).toEqual({ ok: true, value: 12500.5 })
    expect(validateField('200.', RULES.low)).toEqual({ ok: true, value: 200 })
    expect(validateField('10.', RULES.sessions)).toEqual({ ok: true, value: 10 })
    // A leading zero is a decimal, never thousands.
    expect(validateField('0.125', RULES.low)).toMatchObject({ ok: false, problem: 'too-many-decimals' })
  })

  it('refuses a price typed in another currency than the one chosen, and says so plainly', () => {
    for (const raw of ['£200', '200 €', '€ 200']) {
      const r = validateField(raw, RULES.low, 'USD')
      expect(r).toMatchObject({ ok: false, problem: 'other-currency' })
      if (!r.ok) expect(r.message).toMatch(/chosen above is US dollars\. We do not convert between currencies/)
    }
    expect(validateField('£200', RULES.low, 'GBP')).toEqual({ ok: true, value: 200 })
    expect(validateField('$200', RULES.low, 'USD')).toEqual({ ok: true, value: 200 })
    expect(validateField('US$200', RULES.low, 'EUR')).toMatchObject({ ok: false, problem: 'other-currency' })
    expect(validateField('£3', RULES.sessions, 'GBP')).toMatchObject({ ok: false, problem: 'other-currency' })
    const all = validateInput({ ...ok, low: '£200' }, 'EUR')
    expect(all.ok).toBe(false)
    expect(all.errors.low).toMatch(/pounds sterling/)
  })

  it('rejects text that is not a number (NaN)', () => {
    for (const raw of ['abc', 'NaN', 'Infinity', '1e3', 'ten']) {
      const r = validateField(raw, RULES.low)
      expect(r).toMatchObject({ ok: false, problem: 'not-a-number' })
      if (!r.ok) expect(r.message).not.toMatch(/NaN|Infinity/)
    }
  })

  it('rejects values that are too large, including ones that overflow to Infinity', () => {
    expect(validateField('100000.01', RULES.low)).toMatchObject({ ok: false, problem: 'too-large' })
    expect(validateField('101', RULES.sessions)).toMatchObject({ ok: false, problem: 'too-large' })
    expect(validateField('53', RULES.maintenance)).toMatchObject({ ok: false, problem: 'too-large' })
    expect(validateField('51', RULES.years)).toMatchObject({ ok: false, problem: 'too-large' })
    const r = validateField('9'.repeat(400), RULES.low)
    expect(r).toMatchObject({ ok: false, problem: 'too-large' })
    if (!r.ok) expect(r.message).toBe('This is too large: the most is 100,000. Enter a number above 0 and up to 100,000 for the lowest price for one session, for example 200.')
  })

  it('rejects zero sessions and a zero price, but allows zero top-ups and zero years', () => {
    expect(validateField('0', RULES.sessions)).toMatchObject({ ok: false, problem: 'too-small' })
    expect(validateField('0', RULES.low)).toMatchObject({ ok: false, problem: 'too-small' })
    expect(validateField('0.00', RULES.high)).toMatchObject({ ok: false, problem: 'too-small' })
    expect(validateField('-0', RULES.sessions)).toMatchObject({ ok: false, problem: 'too-small' })
    expect(validateField('0', RULES.maintenance)).toMatchObject({ ok: true, value: 0 })
    expect(validateField('0', RULES.years)).toMatchObject({ ok: true, value: 0 })
  })
})

describe('validateInput', () => {
  it('returns the numbers when every field is valid', () => {
    expect(validateInput(ok)).toEqual({ ok: true, values: { low: 200, high: 600, sessions: 10, maintenance: 4, years: 2 }, errors: {} })
  })

  it('collects one message per invalid field', () => {
    const r = validateInput({ low: '', high: 'abc', sessions: '-1', maintenance: '99', years: '1.5' })
    expect(r.ok).toBe(false)
    expect(Object.keys(r.errors).sort()).toEqual(['high', 'low', 'maintenance', 'sessions', 'years'])
    for (const m of Object.values(r.errors)) expect(m).not.toMatch(/NaN|Infinity|undefined/)
  })

  it('rejects a highest price below the lowest price', () => {
    const r = validateInput({ ...ok, low: '600', high: '200' })
    expect(r.ok).toBe(false)
    expect(r.errors.high).toMatch(/less than the lowest price \(600\)/)
    expect(r.errors.low).toBeUndefined()
  })

  it('allows the same lowest and highest price', () => {
    expect(validateInput({ ...ok, low: '110', high: '110' }).ok).toBe(true)
  })
})

describe('readNumber in French formats', () => {
  it.each([
    ['1 200', 1200],
    ['1\u202f200,50', 1200.5],
    ['45,5 €', 45.5],
    ['200 $US', 200],
    ['300 £GB', 300],
  ])('reads %j as %d', (raw, value) => {
    expect(readNumber(raw)?.value).toBe(value)
  })

  it('knows the French currency signs', () => {
    expect(readNumber('200 $US')?.currency).toBe('USD')
    expect(readNumber('300 £GB')?.currency).toBe('GBP')
  })
})
