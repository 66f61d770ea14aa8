import { EVIDENCE_INFO, EVIDENCE_LEVELS } from '@/lib/content'

/** What each evidence label means, so the comparison can be read without leaving the page. */
export function EvidenceKey({ heading, headingId }: { heading: string; headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="box opt-key">
      <h2 id={headingId}>{heading}</h2>
      <dl>
        {EVIDENCE_LEVELS.map((level) => (
          <div key={level} className="opt-key-item">
            <dt>
              <span className={`evidence evidence-${level}`}>
                <span className="evidence-mark" aria-hidden="true">
                  {EVIDENCE_INFO[level].mark}
                </span>{' '}
                {EVIDENCE_INFO[level].label}
              </span>
            </dt>
            <dd>{EVIDENCE_INFO[level].meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
