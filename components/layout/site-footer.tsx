import Link from 'next/link'
import { site } from '@/lib/site'
import { Disclosure } from '@/components/layout/disclosure'
import { HELP_HREF, HELP_LINK_TEXT, URGENT_HELP } from './urgent-help'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="mx-auto max-w-5xl px-4 py-8">
        <div className="footer-safety">
          <p>
            <strong>Not medical advice.</strong> This site explains what published sources say about mesotherapy. It cannot tell you
            what is right for you. Talk to a doctor before any treatment.
          </p>
          <p className="footer-urgent">
            <strong>{HELP_LINK_TEXT}</strong> {URGENT_HELP.emergency} {URGENT_HELP.lump} {URGENT_HELP.noFever}{' '}
            <Link href={HELP_HREF} prefetch={false} className="footer-help-link">
              When to get help
            </Link>
          </p>
        </div>
        <nav aria-label="Footer" className="no-print">
          <ul className="footer-links">
            <li>
              <Link href="/about/" prefetch={false}>About and editorial policy</Link>
            </li>
            <li>
              <Link href="/about/sources/" prefetch={false}>How we rate sources</Link>
            </li>
            <li>
              <Link href="/sources/" prefetch={false}>All sources</Link>
            </li>
            <li>
              <Link href="/articles/where-sources-disagree/" prefetch={false}>Where sources disagree</Link>
            </li>
          </ul>
        </nav>
        <Disclosure />
        <p className="footer-small">
          {site.name}: no ads, no tracking, no cookies. Text may be shared with credit.
        </p>
      </div>
    </footer>
  )
}
