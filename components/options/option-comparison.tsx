import { OPTION_FIELDS, fillLabel, type Content, type Option, type OptionField, type OptionsLabels } from '@/lib/content'
import type { CitationScope } from '@/lib/citations/scope'
import { EvidenceLabel } from '@/components/evidence/evidence-label'
import { CitedText } from './cited-text'

interface Props {
  options: readonly Option[]
  labels: OptionsLabels
  scope: CitationScope
  content: Content
  /** Prefix for the option heading ids. */
  idPrefix?: string
}

/**
 * The comparison, as one structure: one card per option, each a heading and a list of facts. CSS lays the
 * cards out one under the other on phones and in print, and side by side as the columns of a table on wide
 * screens, with a column of row labels that is hidden from screen readers (each fact keeps its own label).
 */
export function OptionComparison({ options, labels, scope, content, idPrefix = 'option' }: Props) {
  const cell = (o: Option, f: OptionField) => {
    switch (f) {
      case 'evidence':
        return (
          <>
            {o.evidence.level ? (
              <>
                <EvidenceLabel level={o.evidence.level} content={content} />{' '}
              </>
            ) : o.kind === 'nothing' ? null : (
              <span className="opt-not-rated">{labels.phrases.notRated}</span>
            )}{' '}
            <CitedText text={o.evidence.summary} sources={o.evidence.sources} scope={scope} content={content} />
          </>
        )
      case 'cost':
        if (o.cost.noTrustedPrice) return <CitedText text={labels.phrases.noTrustedPrice} sources={o.cost.sources} scope={scope} content={content} />
        return (
          <CitedText
            text={
              o.cost.year && o.cost.currency
                ? `${o.cost.text ?? ''} ${fillLabel(o.cost.seen ? labels.phrases.costSeen : labels.phrases.costDated, { year: o.cost.year, currency: labels.currencies[o.cost.currency] })}`
                : (o.cost.text ?? '')
            }
            sources={o.cost.sources}
            scope={scope}
            content={content}
          />
        )
      default:
        return <CitedText text={o[f].text} sources={o[f].sources} scope={scope} content={content} />
    }
  }
  return (
    <div className={`opt-grid opt-n-${options.length}`}>
      <div className="opt-rowlabels" aria-hidden="true">
        <span className="opt-rowlabel-head" />
        {OPTION_FIELDS.map((f) => (
          <span key={f} className="opt-rowlabel">
            {labels.fields[f]}
          </span>
        ))}
      </div>
      {options.map((o, i) => {
        const id = `${idPrefix}-${i + 1}`
        return (
          <article key={id} className={`opt-card opt-kind-${o.kind}`} aria-labelledby={id}>
            <header className="opt-head">
              <p className="opt-kind">{labels.kinds[o.kind]}</p>
              <h3 id={id} className="opt-name">
                {o.name}
              </h3>
            </header>
            <dl className="opt-facts">
              {OPTION_FIELDS.map((f) => (
                <div key={f} className={`opt-fact opt-fact-${f}`}>
                  <dt>{labels.fields[f]}</dt>
                  <dd>{cell(o, f)}</dd>
                </div>
              ))}
            </dl>
          </article>
        )
      })}
    </div>
  )
}
