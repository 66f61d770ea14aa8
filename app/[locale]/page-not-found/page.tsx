import type { Metadata } from 'next'
import Link from 'next/link'
import { getContent } from '@/lib/content'
import { PageTop } from '@/components/layout/page-top'

type Params = { params: Promise<{ locale: string }> }

/**
 * The designed "not found" page of each language. The post-export step moves it to out/404.html and
 * out/<prefix>/404.html, which nginx serves with status 404 for addresses under that prefix.
 */
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params
  return { title: getContent(locale).ui.notFound.title, robots: { index: false } }
}

export default async function NotFound({ params }: Params) {
  const { locale } = await params
  const content = getContent(locale)
  const { ui } = content
  const p = content.locale.prefix
  return (
    <div className="stack">
      <PageTop content={content} path={`${p}/`} />
      <h1 className="page-title">{ui.notFound.title}</h1>
      <p className="lead">{ui.notFound.lead}</p>
      <ul className="plain-list">
        <li>
          <Link href={`${p}/`} prefetch={false}>
            {ui.notFound.home}
          </Link>
        </li>
        <li>
          <Link href={`${p}/articles/`} prefetch={false}>
            {ui.notFound.articles}
          </Link>
        </li>
        <li>
          <Link href={`${p}/faq/`} prefetch={false}>
            {ui.notFound.faq}
          </Link>
        </li>
      </ul>
    </div>
  )
}
