import { EVIDENCE_LEVELS, EVIDENCE_MARKS, type Content } from '@/lib/content'

/** What each evidence label means, so the comparison can be read without leaving the page. */
export function EvidenceKey({ heading, headingId, content }: { heading: string; headingId: string; content: Content }) {
  const info = content.ui.evidenceLevels
  return (
    <section aria-labelledby={headingId} className="box opt-key">
      <h2 id={headingId}>{heading}</h2>
      <dl>
        {EVIDENCE_LEVELS.map((level) => (
          <div key={level} className="opt-key-item">
            <dt>
              <span className={`evidence evidence-${level}`}>
                <span className="evidence-mark" aria-hidden="true">
                  {EVIDENCE_MARKS[level]}
                </span>{' '}
                {info[level].label}
              </span>
            </dt>
            <dd>{info[level].meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
