import Link from 'next/link'
import type { Article, Content, Person } from '@/lib/content'
import { localizeHref } from '@/lib/content/links'
import { fillLabel } from '@/lib/content'
import { formatDate } from '@/lib/dates'

/** Who wrote the page and whether a clinician reviewed it; only real, recorded people. */
export function PageReviewItems({ article, people, content }: { article: Article; people: readonly Person[]; content: Content }) {
  const labels = content.site.labels
  const lang = content.locale.lang
  const about = (hash: string) => localizeHref(content.locale.code, `/about/#${hash}`)
  const byId = new Map(people.map((p) => [p.id, p]))
  const authors = (article.authors ?? []).map((id) => byId.get(id)).filter((p): p is Person => !!p)
  const clinical = (article.reviewers ?? []).filter((r) => r.kind === 'clinical')
  return (
    <>
      {authors.length ? (
        <li>
          {labels.writtenBy}{' '}
          {authors.map((p, i) => (
            <span key={p.id}>
              {i ? ', ' : ''}
              <Link href={about(`person-${p.id}`)} prefetch={false}>
                {p.name}
              </Link>
            </span>
          ))}
        </li>
      ) : null}
      {clinical.length ? (
        clinical.map((r) => {
          const p = byId.get(r.person)
          return p ? (
            <li key={`${r.person}-${r.date}`}>
              <Link href={about(`person-${p.id}`)} prefetch={false}>
                {fillLabel(labels.clinicalReview, { name: `${p.name}, ${p.credentials}`, date: formatDate(r.date, lang) })}
              </Link>
            </li>
          ) : null
        })
      ) : (
        <li>
          <Link href={about('review')} prefetch={false}>
            {labels.noClinicalReview}
          </Link>
        </li>
      )}
    </>
  )
}
