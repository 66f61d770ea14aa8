import Link from 'next/link'
import { getContent, getOptionGoals } from '@/lib/content'

/** A small box that points to the "Your options" pages (home page and articles index). Renders nothing without them. */
export function OptionsPromo() {
  const labels = getContent().options?.labels
  const goals = getOptionGoals()
  if (!labels || goals.length === 0) return null
  return (
    <section aria-labelledby="your-options" className="box opt-promo">
      <h2 id="your-options">{labels.index.promoHeading}</h2>
      <p>{labels.index.promoText}</p>
      <ul>
        {goals.map((g) => (
          <li key={g.slug}>
            <Link href={g.href} prefetch={false}>
              {g.title}
            </Link>
          </li>
        ))}
        <li>
          <Link href="/options/" prefetch={false}>
            {labels.index.promoAll}
          </Link>
        </li>
      </ul>
    </section>
  )
}
