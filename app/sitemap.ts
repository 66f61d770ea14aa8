import type { MetadataRoute } from 'next'
import { getArticles, getFaqs } from '@/lib/content'
import { sitePages } from '@/lib/pages'

export const dynamic = 'force-static'

/** Every page, with real last-changed dates from the content. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitePages(getArticles(), getFaqs()).map((p) => ({ url: p.url, lastModified: p.lastModified }))
}
