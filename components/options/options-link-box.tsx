import Link from 'next/link'
import { fillLabel, getContent, getOptionGoalsForArticle } from '@/lib/content'

/** On an article: links to every "Your options" page that lists the article. Renders nothing otherwise. */
export function OptionsLinkBox({ slug }: { slug: string }) {
  const goals = getOptionGoalsForArticle(slug)
  const labels = getContent().options?.labels
  if (!goals.length || !labels) return null
  return (
    <aside aria-labelledby="options-box" className="box opt-link-box">
      <h2 id="options-box">{labels.phrases.articleBoxHeading}</h2>
      <ul>
        {goals.map((g) => (
          <li key={g.slug}>
            <Link href={g.href} prefetch={false}>
              {fillLabel(labels.phrases.articleBox, { goal: g.goal })}
            </Link>
          </li>
        ))}
      </ul>
    </aside>
  )
}
