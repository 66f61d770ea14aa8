/** The estimator with its English words from content/tools/cost-estimator.yaml, as the English page uses it. */
import { getLocale } from '@/lib/content/locales'
import { getTools } from '@/lib/content/tools'
import { makeEstimator } from '@/lib/estimator'

export const en = makeEstimator(getTools('en').costEstimator.estimator, getLocale('en').lang)
export const { validateField, validateInput, describeCalculation, formatMoney, formatNumber, formatRange } = en
