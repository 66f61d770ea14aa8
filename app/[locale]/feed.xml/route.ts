import { currencyPages, getContent, readLocales } from '@/lib/content'
import { renderAtomFeed } from '@/lib/feed'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return readLocales().map((l) => ({ locale: l.code }))
}

/** The change feed of one language: /feed.xml, /fr/feed.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const content = getContent(locale)
  return new Response(renderAtomFeed(content, currencyPages(content)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  })
}
