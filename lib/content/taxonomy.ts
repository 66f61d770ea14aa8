/** The closed sets content may use. Their names and meanings for readers are in content/<dir>/ui.yaml (sections, faqTopics, sourceTypes, evidenceLevels). */

export const SECTIONS = ['basics', 'treatment', 'safety', 'practical'] as const
export type Section = (typeof SECTIONS)[number]

export const FAQ_TOPICS = ['basics', 'results', 'safety', 'procedure', 'aftercare', 'costs', 'regulation', 'comparisons'] as const
export type FaqTopic = (typeof FAQ_TOPICS)[number]

/** Source types, listed from most to least weight for questions of "does it work" and "is it safe". */
export const SOURCE_TYPES = [
  'systematic-review',
  'trial',
  'study',
  'review',
  'society',
  'regulator',
  'reference',
  'news',
  'consumer',
  'marketing',
] as const
export type SourceType = (typeof SOURCE_TYPES)[number]

export const EVIDENCE_LEVELS = ['good', 'some', 'weak', 'none', 'contradicted'] as const
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number]

/** The dots that show a level at a glance (not words; the words are in content/<dir>/ui.yaml, evidenceLevels). */
export const EVIDENCE_MARKS: Record<EvidenceLevel, string> = { good: '●●●●', some: '●●●○', weak: '●●○○', none: '●○○○', contradicted: '○○○○' }

export const RISK_LEVELS = ['info', 'caution', 'warning', 'urgent'] as const
export type RiskLevel = (typeof RISK_LEVELS)[number]
