import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { SourceBadge } from '@/components/citation/source-badge'
import { getContent, SOURCE_TYPES, SOURCE_TYPE_INFO } from '@/lib/content'

export const metadata: Metadata = {
  title: 'How we rate sources',
  description: 'The kinds of sources this site cites, what each kind means, and why some carry more weight than others.',
  alternates: { canonical: '/about/sources/' },
}

export default function AboutSourcesPage() {
  const { sources } = getContent()
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { href: '/about/', label: 'About' }, { label: 'How we rate sources' }]} />
      <div className="prose prose-site">
        <h1>How we rate sources</h1>
        <p className="lead">
          Not all sources are equal. A large, fair trial tells you more about whether a treatment works than a clinic&apos;s web page. Every
          source on this site carries a badge that says what kind it is.
        </p>
        <p>
          The list below runs from the most to the least weight for the questions &ldquo;does it work?&rdquo; and &ldquo;is it safe?&rdquo;.
          For other questions the order changes: a regulator is the best source for what the law says, and a news report can be the best
          record of what happened.
        </p>
        <ol>
          {SOURCE_TYPES.map((type) => {
            const info = SOURCE_TYPE_INFO[type]
            const count = sources.filter((s) => s.type === type).length
            return (
              <li key={type} id={`type-${type}`}>
                <p>
                  <SourceBadge type={type} /> <strong>{info.plural}</strong> ({count} on this site)
                </p>
                <p>{info.meaning}</p>
                <p>
                  <em>Weight:</em> {info.weight}
                </p>
              </li>
            )
          })}
        </ol>
        <h2 id="interests">Conflicts of interest</h2>
        <p>
          Some sources are written by people who gain when you buy mesotherapy: clinics, product makers, device sellers and societies of doctors
          who practise it. We still cite them, because they show what is claimed and how it is done. Their notes in the{' '}
          <Link href="/sources/">list of sources</Link> say who wrote them, and we never rely on them alone for a health claim.
        </p>
      </div>
    </>
  )
}
