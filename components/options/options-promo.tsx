import Link from 'next/link'
import type { Content } from '@/lib/content'
import { localizeHref } from '@/lib/content/links'

/** A small box that points to the "Your options" pages (home page and articles index). Renders nothing without them. */
export function OptionsPromo({ content }: { content: Content }) {
  const labels = content.options?.labels
  const goals = content.options?.goals ?? []
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
          <Link href={localizeHref(content.locale.code, '/options/')} prefetch={false}>
            {labels.index.promoAll}
          </Link>
        </li>
      </ul>
    </section>
  )
}
