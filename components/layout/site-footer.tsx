import Link from 'next/link'
import type { Content } from '@/lib/content'
import { fill } from '@/lib/content/ui'
import { localizeHref } from '@/lib/content/links'
import { Disclosure } from '@/components/layout/disclosure'
import { helpHref } from './urgent-help'

export function SiteFooter({ content }: { content: Content }) {
  const { ui, locale } = content
  const href = (path: string) => localizeHref(locale.code, path)
  return (
    <footer className="site-footer">
      <div className="mx-auto max-w-5xl px-4 py-8">
        <div className="footer-safety">
          <p>
            <strong>{ui.footer.notAdviceLead}</strong> {ui.footer.notAdvice}
          </p>
          <p className="footer-urgent">
            <strong>{ui.help.linkText}</strong> {ui.help.emergency} {ui.help.lump} {ui.help.noFever}{' '}
            <Link href={helpHref(content)} prefetch={false} className="footer-help-link">
              {ui.help.more}
            </Link>
          </p>
        </div>
        <nav aria-label={ui.footer.label} className="no-print">
          <ul className="footer-links">
            <li>
              <Link href={href('/about/')} prefetch={false}>{ui.footer.about}</Link>
            </li>
            <li>
              <Link href={href('/about/sources/')} prefetch={false}>{ui.footer.rating}</Link>
            </li>
            <li>
              <Link href={href('/sources/')} prefetch={false}>{ui.footer.sources}</Link>
            </li>
            <li>
              <Link href={href('/articles/where-sources-disagree/')} prefetch={false}>{ui.footer.disagree}</Link>
            </li>
          </ul>
        </nav>
        <Disclosure content={content} />
        <p className="footer-small">{fill(ui.footer.small, { name: ui.site.name })}</p>
      </div>
    </footer>
  )
}
