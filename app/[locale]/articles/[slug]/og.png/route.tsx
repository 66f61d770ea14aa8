import { ogImage } from '@/app/_og/og-card'
import { getArticle, getArticles, SECTION_INFO } from '@/lib/content'

/** One share image per article, written to out/articles/<slug>/og.png by the static export. */
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return getArticles().map((a) => ({ slug: a.slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const article = getArticle(slug)
  if (!article) return new Response('Not found', { status: 404 })
  return ogImage({ title: article.title, kicker: `${SECTION_INFO[article.section].label} · An independent, cited guide` })
}
