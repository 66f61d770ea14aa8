import { ogImage } from '@/app/_og/og-card'
import { getContent, readLocales } from '@/lib/content'

/** The share image of each language's site: out/og.png, out/fr/og.png. */
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return readLocales().map((l) => ({ locale: l.code }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const { ui } = getContent(locale)
  return ogImage({ title: ui.site.shareTitle, kicker: ui.site.tagline, siteName: ui.site.name })
}
