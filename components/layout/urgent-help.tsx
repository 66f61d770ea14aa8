import Link from 'next/link'
import type { Content } from '@/lib/content'
import { localizeHref } from '@/lib/content/links'

/**
 * The one urgent-help message (content/<dir>/ui.yaml, `help`), shared by the header link, the footer's
 * safety note and the home page box, so they can never disagree. The link goes to the aftercare
 * article's "when to get help" heading, in the reader's language (headings map one for one).
 */
export const HELP_PATH = '/articles/aftercare/#when-to-get-help-at-any-time'

export function helpHref(content: Content): string {
  return localizeHref(content.locale.code, HELP_PATH)
}

/** Header link on every page: the first thing after the skip link, on the first screen of a phone. */
export function HelpLink({ content }: { content: Content }) {
  const { help } = content.ui
  return (
    <p className="help-strip">
      <Link href={helpHref(content)} prefetch={false} className="help-link">
        <span className="help-icon" aria-hidden="true">
          !
        </span>
        <span>
          {help.linkText} <span className="help-link-more">{help.more}</span>
        </span>
      </Link>
    </p>
  )
}

/** The urgent signs as a short list (home page box). */
export function UrgentSignsList({ content }: { content: Content }) {
  const { help } = content.ui
  return (
    <ul>
      <li>{help.emergency}</li>
      <li>
        {help.lump} <strong>{help.noFever}</strong>
      </li>
    </ul>
  )
}
