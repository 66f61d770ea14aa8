/** The closed sets content may use, with the plain-language meaning shown to readers. */

export const SECTIONS = ['basics', 'treatment', 'safety', 'practical'] as const
export type Section = (typeof SECTIONS)[number]
export const SECTION_INFO: Record<Section, { label: string; blurb: string }> = {
  basics: { label: 'The basics', blurb: 'What mesotherapy is, how it is said to work, where it came from and how strong the evidence is.' },
  treatment: { label: 'The treatment', blurb: 'What happens at a session and what it can and cannot do for cellulite, fat, pain, hair and skin.' },
  safety: { label: 'Safety', blurb: 'Side effects and complications, who should not have it, and how to look after your skin afterwards.' },
  practical: { label: 'Practical matters', blurb: 'How to choose a practitioner and what a course really costs.' },
}

export const FAQ_TOPICS = ['basics', 'results', 'safety', 'procedure', 'aftercare', 'costs', 'regulation', 'comparisons'] as const
export type FaqTopic = (typeof FAQ_TOPICS)[number]
export const FAQ_TOPIC_LABELS: Record<FaqTopic, string> = {
  basics: 'The basics',
  results: 'Does it work?',
  safety: 'Safety and side effects',
  procedure: 'The procedure',
  aftercare: 'Aftercare',
  costs: 'Costs and insurance',
  regulation: 'Rules and approval',
  comparisons: 'Compared with other treatments',
}

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
export const SOURCE_TYPE_INFO: Record<SourceType, { label: string; plural: string; meaning: string; weight: string }> = {
  'systematic-review': {
    label: 'Systematic review',
    plural: 'Systematic reviews and meta-analyses',
    meaning: 'Researchers searched for every study on a question, judged their quality and summed up the results. A meta-analysis also pools the numbers.',
    weight: 'The strongest kind of evidence, as long as the studies it pools are good.',
  },
  trial: {
    label: 'Controlled trial',
    plural: 'Randomised and controlled trials',
    meaning: 'A study that compares people who had the treatment with similar people who did not, ideally chosen by chance (randomised).',
    weight: 'Strong evidence for the people and treatment tested, especially when the trial is large and well run.',
  },
  study: {
    label: 'Other study',
    plural: 'Other studies (case reports, case series, uncontrolled studies)',
    meaning: 'A report on one or a few patients, or a study with no comparison group.',
    weight: 'Good at showing that something can happen, such as a rare complication. Weak at showing that a treatment works.',
  },
  review: {
    label: 'Narrative review',
    plural: 'Narrative reviews',
    meaning: 'Experts describe what is known on a topic, without a set method for finding and judging every study.',
    weight: 'Useful overview; the authors choose what to include, so it can lean one way.',
  },
  society: {
    label: 'Society statement',
    plural: 'Expert consensus and society statements',
    meaning: 'The view of a professional group. Some are groups of doctors who practise mesotherapy; others are groups of plastic surgeons.',
    weight: 'Shows what practitioners think. A society of people who sell a treatment has a stake in it.',
  },
  regulator: {
    label: 'Regulator or law',
    plural: 'Regulators, courts and governments',
    meaning: 'Official reports, warnings, laws and court rulings.',
    weight: 'The best source for what is allowed and why. Their reports often review the evidence too.',
  },
  reference: {
    label: 'Reference work',
    plural: 'Encyclopedias and reference databases',
    meaning: 'Encyclopedias and expert databases that sum up what others found.',
    weight: 'Good for background and definitions; not original evidence.',
  },
  news: {
    label: 'News report',
    plural: 'News and magazine reports',
    meaning: 'Journalism about mesotherapy, its users and its regulators.',
    weight: 'Good for events, dates and what people said. Not evidence that a treatment works.',
  },
  consumer: {
    label: 'Consumer website',
    plural: 'Consumer websites and blogs',
    meaning: 'General-interest health pages, often without named authors or sources.',
    weight: 'Shows what people are told. Quality varies; we check their claims against better sources.',
  },
  marketing: {
    label: 'Clinic or seller',
    plural: 'Clinics, sellers and manufacturers',
    meaning: 'Pages written by businesses that sell mesotherapy, its products or its devices.',
    weight: 'The weakest: the writer profits from the treatment. We cite them only to show what is claimed or what clinics advise.',
  },
}

export const EVIDENCE_LEVELS = ['good', 'some', 'weak', 'none', 'contradicted'] as const
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number]
export const EVIDENCE_INFO: Record<EvidenceLevel, { label: string; meaning: string; mark: string }> = {
  good: { label: 'Good evidence', mark: '●●●●', meaning: 'Several good trials, or a good systematic review, agree that it works.' },
  some: { label: 'Some evidence', mark: '●●●○', meaning: 'Some controlled trials show a benefit, but they are small, few or mixed.' },
  weak: { label: 'Weak evidence', mark: '●●○○', meaning: 'Only small studies without a fair comparison group, or case reports.' },
  none: { label: 'No good evidence', mark: '●○○○', meaning: 'No good study has tested it, so nobody knows if it works.' },
  contradicted: { label: 'Contradicted', mark: '○○○○', meaning: 'Good studies or official reviews found it does not work, or the claim is not true.' },
}

/** The dots that show a level at a glance (not words; the words are in content/<dir>/ui.yaml, evidenceLevels). */
export const EVIDENCE_MARKS: Record<EvidenceLevel, string> = { good: '●●●●', some: '●●●○', weak: '●●○○', none: '●○○○', contradicted: '○○○○' }

export const RISK_LEVELS = ['info', 'caution', 'warning', 'urgent'] as const
export type RiskLevel = (typeof RISK_LEVELS)[number]
