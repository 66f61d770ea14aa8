import type { ReactNode } from 'react'
import { RISK_LEVELS, type RiskLevel } from '@/lib/content/taxonomy'

/**
 * Levels. The visible label names what to do (NHS-style: "non-urgent advice" for self-care); the
 * hidden prefix is one word so a screen reader does not hear the heading twice.
 */
const LEVELS: Record<RiskLevel, { prefix: string; icon: string; className: string; label: string }> = {
  info: { prefix: 'Information:', icon: 'i', label: 'Good to know', className: 'callout-info' },
  caution: { prefix: 'Advice:', icon: 'i', label: 'Non-urgent advice', className: 'callout-caution' },
  warning: { prefix: 'Warning:', icon: '!', label: 'Call your practitioner or doctor', className: 'callout-warning' },
  urgent: { prefix: 'Urgent:', icon: '!!', label: 'Get medical help now', className: 'callout-urgent' },
}

const norm = (t: string) => t.toLowerCase().replace(/[^a-z ]/g, '').replace(/\s+/g, ' ').trim()

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
}

/**
 * A risk or safety message. A real heading carries the message; a visually hidden prefix and
 * a visible level label carry the level, so the meaning survives without colour. Not a landmark.
 */
export function RiskCallout({ level, title, headingLevel = 3, children }: RiskCalloutProps) {
  const info = (LEVELS as Partial<Record<string, (typeof LEVELS)[RiskLevel]>>)[level]
  if (!info) {
    throw new Error(`RiskCallout: unknown level "${String(level)}". Use one of: ${RISK_LEVELS.join(', ')}.`)
  }
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
