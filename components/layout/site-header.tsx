import Link from 'next/link'
import { site } from '@/lib/site'
import { ThemeToggle } from '@/components/theme/theme-toggle'
import { HeaderSearch } from '@/components/search/header-search'
import { HelpLink } from './urgent-help'

export function SiteHeader() {
  return (
    <header className="site-header no-print">
      <div className="help-strip-wrap">
        <div className="mx-auto max-w-5xl px-4">
          <HelpLink />
        </div>
      </div>
      <div className="site-header-row mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" prefetch={false} className="site-name">
          <span aria-hidden="true" className="site-logo">
            ✚
          </span>{' '}
          {site.name}
        </Link>
        <nav aria-label="Main" className="site-nav">
          <ul>
            {site.nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} prefetch={false}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <HeaderSearch />
          <ThemeToggle />
        </div>
      </div>
    </header>
  )
}
