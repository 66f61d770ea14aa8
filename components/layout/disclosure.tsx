import Link from 'next/link'
import { getContent } from '@/lib/content'
import { contactEmail } from '@/lib/contact'
import { FEED_PATH } from '@/lib/feed'

/**
 * Publisher, funding and contact route, from content/site.yaml: short in the footer of every
 * page; `detailed` on /about/ adds who the publisher is and leaves out the feed link.
 */
export function Disclosure({ detailed = false }: { detailed?: boolean }) {
  const { site: config } = getContent()
  const email = contactEmail(config)
  const { labels } = config
  return (
    <dl className={detailed ? 'disclosure-list' : 'footer-disclosure'}>
      <div>
        <dt>{labels.publisher}</dt>
        <dd>
          {detailed ? (
            `${config.publisher.name}. ${config.publisher.about}`
          ) : (
            <Link href="/about/#who" prefetch={false}>
              {config.publisher.name}
            </Link>
          )}
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
      {detailed ? null : (
        <div className="no-print">
          <dt className="sr-only">{labels.feedLink}</dt>
          <dd>
            <a href={FEED_PATH} type="application/atom+xml">
              {labels.feedLink}
            </a>
          </dd>
        </div>
      )}
    </dl>
  )
}
