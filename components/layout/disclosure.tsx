import Link from 'next/link'
import type { Content } from '@/lib/content'
import { localizeHref } from '@/lib/content/links'
import { contactEmail } from '@/lib/contact'
import { feedPath } from '@/lib/feed'

/**
 * Publisher, funding and contact route, from content/site.yaml: short in the footer of every
 * page; `detailed` on /about/ adds who the publisher is and leaves out the feed link.
 */
export function Disclosure({ content, detailed = false }: { content: Content; detailed?: boolean }) {
  const { site: config } = content
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
            <Link href={localizeHref(content.locale.code, '/about/#who')} prefetch={false}>
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
            <a href={feedPath(content.locale)} type="application/atom+xml">
              {labels.feedLink}
            </a>
          </dd>
        </div>
      )}
    </dl>
  )
}
