import type { Metadata } from 'next'
import { getAboutPages, type AboutPagesText } from '@/lib/content/pages'
import { localizeHref } from '@/lib/content/links'

const PATHS: Record<keyof AboutPagesText, string> = { about: '/about/', aboutSources: '/about/sources/' }

/** Title, description and canonical path of an about page, from its content file. */
export function aboutMetadata(locale: string, page: keyof AboutPagesText): Metadata {
  const t = getAboutPages(locale)[page]
  return { title: t.title, description: t.description, alternates: { canonical: localizeHref(locale, PATHS[page]) } }
}
