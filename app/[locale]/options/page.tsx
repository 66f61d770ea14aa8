import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { getContent, getOptionGoals } from '@/lib/content'
import '../options.css'

function labels() {
  const l = getContent().options?.labels
  if (!l) throw new Error('content/options/_labels.yaml is missing')
  return l
}

export function generateMetadata(): Metadata {
  const { index } = labels()
  return { title: index.title, description: index.description, alternates: { canonical: '/options/' } }
}

export default function OptionsIndexPage() {
  const l = labels()
  const goals = getOptionGoals()
  return (
    <div className="opt-page">
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: l.phrases.breadcrumb }]} />
      <h1 className="page-title">{l.index.title}</h1>
      <p className="lead">{l.index.intro}</p>
      <h2 id="goals">{l.index.goalsHeading}</h2>
      <ul className="opt-goal-list" aria-labelledby="goals">
        {goals.map((g) => (
          <li key={g.slug} className="card">
            <h3 className="opt-goal-title">
              <Link href={g.href} prefetch={false}>
                {g.title}
              </Link>
            </h3>
            <p className="opt-asked">“{g.askedAs}”</p>
            <p>{g.description}</p>
          </li>
        ))}
      </ul>
      <p className="opt-not-advice">{l.phrases.notAdvice}</p>
    </div>
  )
}
