import { ogImage } from '@/app/_og/og-card'
import { getContent } from '@/lib/content'
import { localeParams } from '@/lib/content/routes'

/** The share image of each language's site: out/og.png, out/fr/og.png. */
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return localeParams()
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const { ui } = getContent(locale)
  return ogImage({ title: ui.site.shareTitle, kicker: ui.site.tagline, siteName: ui.site.name })
}
