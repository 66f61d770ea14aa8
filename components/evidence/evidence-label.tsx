import { EVIDENCE_LEVELS, EVIDENCE_MARKS, type EvidenceLevel } from '@/lib/content/taxonomy'
import type { Content } from '@/lib/content'
import { localizeHref } from '@/lib/content/links'

/** Inline label for the strength of evidence behind an effectiveness claim. Text, not colour, carries the level. */
export function EvidenceLabel({ level, content }: { level: EvidenceLevel; content: Content }) {
  const info = (content.ui.evidenceLevels as Partial<Record<string, { label: string; meaning: string }>>)[level]
  if (!info) throw new Error(`Evidence: unknown level "${String(level)}". Use one of: ${EVIDENCE_LEVELS.join(', ')}.`)
  return (
    <a href={localizeHref(content.locale.code, '/about/#evidence-levels')} className={`evidence evidence-${level}`} title={info.meaning}>
      <span className="evidence-mark" aria-hidden="true">
        {EVIDENCE_MARKS[level]}
      </span>{' '}
      <span className="sr-only">{content.ui.evidence.rating} </span>
      {info.label}
    </a>
  )
}
