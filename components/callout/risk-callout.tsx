import type { ReactNode } from 'react'
import { RISK_LEVELS, type RiskLevel } from '@/lib/content/taxonomy'
import type { UiText } from '@/lib/content/ui'

/**
 * Levels. The visible label names what to do (NHS-style: "non-urgent advice" for self-care); the
 * hidden prefix is one word so a screen reader does not hear the heading twice.
 */
const LEVELS: Record<RiskLevel, { icon: string; className: string; words: (c: UiText['callout']) => { prefix: string; label: string } }> = {
  info: { icon: 'i', className: 'callout-info', words: (c) => ({ prefix: c.info, label: c.infoLabel }) },
  caution: { icon: 'i', className: 'callout-caution', words: (c) => ({ prefix: c.caution, label: c.cautionLabel }) },
  warning: { icon: '!', className: 'callout-warning', words: (c) => ({ prefix: c.warning, label: c.warningLabel }) },
  urgent: { icon: '!!', className: 'callout-urgent', words: (c) => ({ prefix: c.urgent, label: c.urgentLabel }) },
}

const norm = (t: string) =>
  t
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim()

/** True when the title already says what the level label says (then the label is not repeated). */
export function titleRepeatsLabel(title: string, label: string): boolean {
  const a = norm(title)
  const b = norm(label)
  return a.includes(b) || b.includes(a)
}

export interface RiskCalloutProps {
  level: RiskLevel
  title: string
  headingLevel?: 2 | 3 | 4
  children?: ReactNode
  /** The interface words of the page's language (level names). */
  ui: UiText
}

/**
 * A risk or safety message. A real heading carries the message; a visually hidden prefix and
 * a visible level label carry the level, so the meaning survives without colour. Not a landmark.
 */
export function RiskCallout({ level, title, headingLevel = 3, children, ui }: RiskCalloutProps) {
  const found = (LEVELS as Partial<Record<string, (typeof LEVELS)[RiskLevel]>>)[level]
  if (!found) {
    throw new Error(`RiskCallout: unknown level "${String(level)}". Use one of: ${RISK_LEVELS.join(', ')}.`)
  }
  const info = { ...found, ...found.words(ui.callout) }
  const Heading = `h${headingLevel}` as const
  return (
    <div className={`callout ${info.className}`} data-level={level}>
      <Heading className="callout-heading">
        <span className="callout-icon" aria-hidden="true">
          {info.icon}
        </span>
        <span className="sr-only">{info.prefix} </span>
        <span>{title}</span>
      </Heading>
      {titleRepeatsLabel(title, info.label) ? null : (
        <p className="callout-level" aria-hidden="true">
          {info.label}
        </p>
      )}
      <div className="callout-body">{children}</div>
    </div>
  )
}
