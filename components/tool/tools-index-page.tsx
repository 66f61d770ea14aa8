import Link from 'next/link'
import { PageTop } from '@/components/layout/page-top'
import { getContent } from '@/lib/content'
import { getTools } from '@/lib/content/tools'
import { localizeHref } from '@/lib/content/links'
import './tool.css'

/** The /tools/ page: the three tools, with their words from content/<locale>/tools/index.yaml. */
export function ToolsIndexPage({ locale }: { locale: string }) {
  const t = getTools(locale).index
  const content = getContent(locale)
  return (
    <div className="tool-page">
      <PageTop content={content} path={localizeHref(locale, '/tools/')} crumbs={[{ href: localizeHref(locale, '/'), label: t.home }, { label: t.heading }]} />
      <h1 className="page-title">{t.heading}</h1>
      <p className="lead">{t.lead}</p>
      <ul className="card-grid mt-6">
        {t.cards.map((c) => (
          <li key={c.href}>
            <div className="card">
              <h2 className="tool-card-title">
                <Link href={localizeHref(locale, c.href)} prefetch={false}>
                  {c.title}
                </Link>
              </h2>
              <p>{c.text}</p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}
