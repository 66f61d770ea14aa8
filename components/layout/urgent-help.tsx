import Link from 'next/link'

/**
 * The one urgent-help message, shared by the header link, the footer's safety note and the home
 * page box, so they can never disagree. The aftercare heading id is stable (it is the link target).
 * The signs come from the risks and aftercare articles, which cite them.
 */
export const HELP_HREF = '/articles/aftercare/#when-to-get-help-at-any-time'
export const HELP_LINK_TEXT = 'Unwell after treatment?'

export const URGENT_HELP = {
  emergency: 'Trouble breathing, or swelling of the face, lips, tongue or throat: call your local emergency number now.',
  lump: 'A red, hot, painful, growing or pus-filled lump where you had injections: get care the same day.',
  noFever: 'Do not wait for a fever. Such a lump can be serious without one, and it can start weeks after the session.',
} as const

/** Header link on every page: the first thing after the skip link, on the first screen of a phone. */
export function HelpLink() {
  return (
    <p className="help-strip">
      <Link href={HELP_HREF} prefetch={false} className="help-link">
        <span className="help-icon" aria-hidden="true">
          !
        </span>
        <span>
          {HELP_LINK_TEXT} <span className="help-link-more">When to get help</span>
        </span>
      </Link>
    </p>
  )
}

/** The urgent signs as a short list (home page box). */
export function UrgentSignsList() {
  return (
    <ul>
      <li>{URGENT_HELP.emergency}</li>
      <li>
        {URGENT_HELP.lump} <strong>{URGENT_HELP.noFever}</strong>
      </li>
    </ul>
  )
}
