import type { Metadata } from 'next'
import Link from 'next/link'
import { getContent, type Content } from '@/lib/content'
import { fill } from '@/lib/content/ui'
import { pageMetadata } from '@/lib/page-metadata'
import { PageTop } from '@/components/layout/page-top'
import '@/app/options.css'

type Params = { params: Promise<{ locale: string }> }

function labels(content: Content) {
  const l = content.options?.labels
  if (!l) throw new Error(`options/_labels.yaml is missing for ${content.locale.code}`)
  return l
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params
  const content = getContent(locale)
  const { index } = labels(content)
  return pageMetadata(locale, `${content.locale.prefix}/options/`, { title: index.title, description: index.description })
}

export default async function OptionsIndexPage({ params }: Params) {
  const { locale } = await params
  const content = getContent(locale)
  const l = labels(content)
  const goals = content.options?.goals ?? []
  const p = content.locale.prefix
  return (
    <div className="opt-page">
      <PageTop content={content} path={`${p}/options/`} crumbs={[{ href: `${p}/`, label: content.ui.nav.home }, { label: l.phrases.breadcrumb }]} />
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
            <p className="opt-asked">{fill(content.ui.quote, { text: g.askedAs })}</p>
            <p>{g.description}</p>
          </li>
        ))}
      </ul>
      <p className="opt-not-advice">{l.phrases.notAdvice}</p>
    </div>
  )
}
