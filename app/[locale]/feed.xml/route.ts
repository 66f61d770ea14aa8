import { currencyPages, getContent } from '@/lib/content'
import { localeParams } from '@/lib/content/routes'
import { renderAtomFeed } from '@/lib/feed'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return localeParams()
}

/** The change feed of one language: /feed.xml, /fr/feed.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const content = getContent(locale)
  return new Response(renderAtomFeed(content, currencyPages(content)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  })
}
