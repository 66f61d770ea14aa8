import type { Content, Disagreement } from '@/lib/content'
import type { CitationScope } from '@/lib/citations/scope'
import { CiteMarker } from '@/components/citation/cite-marker'
import { SourceBadge } from '@/components/citation/source-badge'

interface Props {
  disagreement: Disagreement
  content: Content
  scope: CitationScope
  headingLevel?: 2 | 3
  /** On the hub: link to the page that discusses the question. */
  showPage?: boolean
}

/** "Where sources disagree": the question, each source's position with its type, and what the better evidence suggests. */
export function DisagreementBlock({ disagreement: d, content, scope, headingLevel = 3, showPage = false }: Props) {
  const Heading = `h${headingLevel}` as const
  const page = content.articles.find((a) => a.key === d.page)
  const headingId = `disagreement-${d.id}`
  return (
    <section className="disagreement" aria-labelledby={headingId}>
      <p className="disagreement-kicker">{content.ui.disagreement.kicker}</p>
      <Heading id={headingId} className="disagreement-question">
        {d.question}
      </Heading>
      <ul className="disagreement-positions">
        {d.positions.map((p, i) => {
          const source = content.sourceById.get(p.source)
          if (!source) throw new Error(`Disagreement ${d.id}: unknown source ${p.source}`)
          return (
            <li key={`${p.source}-${i}`} className="disagreement-position">
              <p className="disagreement-source">
                <SourceBadge type={source.type} ui={content.ui} />
              </p>
              <p>
                {p.says}
                <CiteMarker scope={scope} source={source} ui={content.ui} />
              </p>
            </li>
          )
        })}
      </ul>
      <div className="disagreement-verdict">
        <p className="disagreement-verdict-label">{content.ui.disagreement.verdict}</p>
        <p>
          {d.verdict}
          {d.verdictSources.map((id) => {
            const source = content.sourceById.get(id)
            if (!source) throw new Error(`Disagreement ${d.id}: unknown source ${id}`)
            return <CiteMarker key={id} scope={scope} source={source} ui={content.ui} />
          })}
        </p>
      </div>
      {showPage && page ? (
        <p className="disagreement-page">
          {content.ui.disagreement.discussedIn} <a href={`${page.href}#${headingId}`}>{page.title}</a>
        </p>
      ) : null}
    </section>
  )
}
