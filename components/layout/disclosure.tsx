import Link from 'next/link'
import { getContent } from '@/lib/content'
import { contactEmail } from '@/lib/contact'
import { FEED_PATH } from '@/lib/feed'

/** Publisher, funding and contact route, from content/site.yaml (footer of every page). */
export function Disclosure() {
  const { site: config } = getContent()
  const email = contactEmail(config)
  const { labels } = config
  return (
    <dl className="footer-disclosure">
      <div>
        <dt>{labels.publisher}</dt>
        <dd>
          <Link href="/about/#who" prefetch={false}>
            {config.publisher.name}
          </Link>
        </dd>
      </div>
      <div>
        <dt>{labels.funding}</dt>
        <dd>{config.funding}</dd>
      </div>
      <div>
        <dt>{labels.contact}</dt>
        <dd>
          <a href={`mailto:${email}`}>{email}</a>
        </dd>
      </div>
      <div className="no-print">
        <dt className="sr-only">{labels.feedLink}</dt>
        <dd>
          <a href={FEED_PATH} type="application/atom+xml">
            {labels.feedLink}
          </a>
        </dd>
      </div>
    </dl>
  )
}
