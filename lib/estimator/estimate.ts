/**
 * The cost estimator's arithmetic:
 *   total = (sessions + maintenance per year × years) × price per session
 * done for the lowest and the highest price. Money is worked out in cents (or pence) so
 * decimals do not drift (0.1 × 3 is 0.3, not 0.30000000000000004). The calculation in words is
 * in ./estimator.ts (its words come from content).
 */
import type { ValidInput } from './validate'

export interface Estimate {
  /** First-course sessions plus all top-ups. */
  totalSessions: number
  low: number
  high: number
}

function check(name: string, v: number) {
  if (!Number.isFinite(v) || v < 0) throw new RangeError(`estimateCourse: ${name} must be a finite number of 0 or more (got ${v})`)
}

/** Total sessions and the total cost range. Throws RangeError on negative, NaN or infinite input. */
export function estimateCourse(input: ValidInput): Estimate {
  for (const [k, v] of Object.entries(input)) check(k, v)
  if (input.high < input.low) throw new RangeError('estimateCourse: high must be at least low')
  const totalSessions = input.sessions + input.maintenance * input.years
  const cost = (price: number) => (Math.round(price * 100) * totalSessions) / 100
  return { totalSessions, low: cost(input.low), high: cost(input.high) }
}
