import type { Metadata } from 'next'
import { defaultLocale, getContent } from '@/lib/content'
import { alternatesOf } from '@/lib/content/links'
import { absoluteUrl } from '@/lib/site'

interface PageMeta {
  title?: string
  description?: string
  /** Open Graph type and extras (articles). */
  openGraph?: Metadata['openGraph']
  /** Share image path (default: the language's site image). */
  image?: string
  imageAlt?: string
}

/**
 * Metadata every page shares: canonical address, hreflang alternates to the same page in every language
 * that has it (plus x-default, the default language), Open Graph locale, title and share image.
 */
export function pageMetadata(locale: string, path: string, meta: PageMeta): Metadata {
  const content = getContent(locale)
  const alternates = alternatesOf(path, locale)
  const languages: Record<string, string> = {}
  for (const a of alternates) languages[a.lang] = a.href
  const def = alternates.find((a) => a.code === defaultLocale().code)
  if (def) languages['x-default'] = def.href
  const image = meta.image ?? `${content.locale.prefix}/og.png`
  const title = meta.title ?? content.ui.site.name
  return {
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.description ? { description: meta.description } : {}),
    alternates: { canonical: path, languages },
    openGraph: {
      siteName: content.ui.site.name,
      locale: content.locale.lang.replace('-', '_'),
      alternateLocale: alternates.filter((a) => a.code !== locale).map((a) => a.lang.replace('-', '_')),
      url: path,
      title,
      ...(meta.description ? { description: meta.description } : { description: content.ui.site.description }),
      images: [{ url: absoluteUrl(image), width: 1200, height: 630, alt: meta.imageAlt ?? title }],
      ...meta.openGraph,
    },
    twitter: { card: 'summary_large_image', title, images: [absoluteUrl(image)] },
  }
}
