import { ogImage } from '@/app/_og/og-card'
import { getArticle, getContent } from '@/lib/content'
import { articleParams } from '@/lib/content/routes'
import { fill } from '@/lib/content/ui'

/** One share image per article and language, written to out/articles/<slug>/og.png and out/fr/articles/<slug>/og.png. */
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return articleParams()
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  const article = getArticle(slug, locale)
  if (!article) return new Response(null, { status: 404 })
  const { ui } = getContent(locale)
  return ogImage({ title: article.title, kicker: fill(ui.site.shareKicker, { section: ui.sections[article.section].label }), siteName: ui.site.name })
}
