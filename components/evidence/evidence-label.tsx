import { EVIDENCE_INFO, EVIDENCE_LEVELS, type EvidenceLevel } from '@/lib/content/taxonomy'

/** Inline label for the strength of evidence behind an effectiveness claim. Text, not colour, carries the level. */
export function EvidenceLabel({ level }: { level: EvidenceLevel }) {
  const info = (EVIDENCE_INFO as Partial<Record<string, (typeof EVIDENCE_INFO)[EvidenceLevel]>>)[level]
  if (!info) throw new Error(`Evidence: unknown level "${String(level)}". Use one of: ${EVIDENCE_LEVELS.join(', ')}.`)
  return (
    <a href="/about/#evidence-levels" className={`evidence evidence-${level}`} title={info.meaning}>
      <span className="evidence-mark" aria-hidden="true">
        {info.mark}
      </span>{' '}
      <span className="sr-only">Evidence rating: </span>
      {info.label}
    </a>
  )
}
