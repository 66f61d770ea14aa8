import Link from 'next/link'
import { fillLabel, type Content } from '@/lib/content'

/** On an article: links to every "Your options" page that lists the article. Renders nothing otherwise. */
export function OptionsLinkBox({ articleKey, content }: { articleKey: string; content: Content }) {
  const goals = (content.options?.goals ?? []).filter((g) => g.articles.includes(articleKey))
  const labels = content.options?.labels
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
