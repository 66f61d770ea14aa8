import type { Metadata } from 'next'
import { getAboutPages, type AboutPagesText } from '@/lib/content/pages'
import { localizeHref } from '@/lib/content/links'
import { pageMetadata } from '@/lib/page-metadata'

const PATHS: Record<keyof AboutPagesText, string> = { about: '/about/', aboutSources: '/about/sources/' }

/** Title, description, canonical address and hreflang alternates of an about page, from its content file. */
export function aboutMetadata(locale: string, page: keyof AboutPagesText): Metadata {
  const t = getAboutPages(locale)[page]
  return pageMetadata(locale, localizeHref(locale, PATHS[page]), { title: t.title, description: t.description })
}
