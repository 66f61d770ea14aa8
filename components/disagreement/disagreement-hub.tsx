import type { Content } from '@/lib/content'
import type { CitationScope } from '@/lib/citations/scope'
import { DisagreementBlock } from './disagreement-block'

/** Every disagreement on the site, grouped by the page that discusses it (reading order). */
export function DisagreementHub({ content, scope }: { content: Content; scope: CitationScope }) {
  const groups = content.articles
    .map((a) => ({ article: a, items: [...content.disagreements.values()].filter((d) => d.page === a.key).sort((x, y) => x.id.localeCompare(y.id)) }))
    .filter((g) => g.items.length > 0)
  return (
    <div className="disagreement-hub">
      {groups.map(({ article, items }) => (
        <section key={article.slug} aria-labelledby={`hub-${article.slug}`}>
          <h2 id={`hub-${article.slug}`}>{article.title}</h2>
          {items.map((d) => (
            <DisagreementBlock key={d.id} disagreement={d} content={content} scope={scope} showPage />
          ))}
        </section>
      ))}
    </div>
  )
}
