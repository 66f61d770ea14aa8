import { ogImage } from '@/app/_og/og-card'
import { site } from '@/lib/site'

/** The site's share image, written to out/og.png by the static export. */
export const dynamic = 'force-static'

export function GET() {
  return ogImage({ title: 'Mesotherapy: what the evidence really says', kicker: site.tagline })
}
