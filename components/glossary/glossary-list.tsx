import type { Content } from '@/lib/content'
import type { CitationScope } from '@/lib/citations/scope'
import { CiteMarker } from '@/components/citation/cite-marker'

/** The glossary, A–Z, with an anchor per term and letter links on top. */
export function GlossaryList({ content, scope }: { content: Content; scope: CitationScope }) {
  // Letters without accents (É files under E), as French dictionaries do.
  const letterOf = (term: string) => (term.normalize('NFD').replace(/\p{M}/gu, '')[0] ?? '#').toUpperCase().replace('Œ', 'O')
  const letters = [...new Set(content.glossary.map((g) => letterOf(g.term)))]
  return (
    <div className="glossary">
      <nav aria-label={content.ui.glossary.letters} className="glossary-letters">
        <ul>
          {letters.map((l) => (
            <li key={l}>
              <a href={`#letter-${l.toLowerCase()}`}>{l}</a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map((l) => (
        <section key={l} aria-labelledby={`letter-${l.toLowerCase()}`}>
          <h2 id={`letter-${l.toLowerCase()}`}>{l}</h2>
          <dl>
            {content.glossary
              .filter((g) => letterOf(g.term) === l)
              .map((g) => (
                <div key={g.id} id={g.id} className="glossary-entry">
                  <dt>
                    <dfn>{g.term}</dfn>
                  </dt>
                  <dd>
                    {g.definition}
                    {(g.sources ?? []).map((id) => {
                      const s = content.sourceById.get(id)
                      return s ? <CiteMarker key={id} scope={scope} source={s} ui={content.ui} /> : null
                    })}
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </div>
  )
}
