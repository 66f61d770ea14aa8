import { currencyPages, getContent } from '@/lib/content'
import { renderAtomFeed } from '@/lib/feed'

export const dynamic = 'force-static'

export function GET() {
  const content = getContent()
  return new Response(renderAtomFeed(content, currencyPages(content)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  })
}
