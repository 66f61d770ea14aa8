import type { Content } from '@/lib/content'

/** First focusable element: jumps past the header to the main content. */
export function SkipLink({ content }: { content: Content }) {
  return (
    <a href="#main" className="skip-link">
      {content.ui.nav.skipLink}
    </a>
  )
}
