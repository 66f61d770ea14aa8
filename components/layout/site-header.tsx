import Link from 'next/link'
import type { Content } from '@/lib/content'
import { ThemeToggle } from '@/components/theme/theme-toggle'
import { HeaderSearch } from '@/components/search/header-search'
import { HelpLink } from './urgent-help'

const NAV = ['articles', 'faq', 'tools', 'sources', 'about'] as const

export function SiteHeader({ content }: { content: Content }) {
  const { ui, locale } = content
  const p = locale.prefix
  return (
    <header className="site-header no-print">
      <div className="help-strip-wrap">
        <div className="mx-auto max-w-5xl px-4">
          <HelpLink content={content} />
        </div>
      </div>
      <div className="site-header-row mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={`${p}/`} prefetch={false} className="site-name">
          <span aria-hidden="true" className="site-logo">
            ✚
          </span>{' '}
          {ui.site.name}
        </Link>
        <nav aria-label={ui.nav.label} className="site-nav">
          <ul>
            {NAV.map((key) => (
              <li key={key}>
                <Link href={`${p}/${key}/`} prefetch={false}>
                  {ui.nav[key]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <HeaderSearch locale={locale.code} />
          <ThemeToggle locale={locale.code} />
        </div>
      </div>
    </header>
  )
}
