import type { MetadataRoute } from 'next'
import { readLocales } from '@/lib/content'
import { sitePages } from '@/lib/pages'

export const dynamic = 'force-static'

/** Every page in every language, with real last-changed dates and hreflang alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  return readLocales().flatMap((l) =>
    sitePages(l.code).map((p) => ({ url: p.url, lastModified: p.lastModified, alternates: { languages: p.alternates } })),
  )
}
