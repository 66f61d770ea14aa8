import type { Metadata, Viewport } from 'next'
import localFont from 'next/font/local'
import type { ReactNode } from 'react'
import { absoluteUrl, site } from '@/lib/site'
import { getContent } from '@/lib/content'
import { localeParams } from '@/lib/content/routes'
import { feedPath } from '@/lib/feed'
import { SkipLink } from '@/components/layout/skip-link'
import { SiteHeader } from '@/components/layout/site-header'
import { SiteFooter } from '@/components/layout/site-footer'
import '@/app/globals.css'

const inter = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  display: 'swap',
  variable: '--font-inter',
})

type Params = { params: Promise<{ locale: string }> }

export const dynamicParams = false

/** One tree of pages per language in content/locales.yaml; the default language is moved to / after export. */
export function generateStaticParams() {
  return localeParams()
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params
  const { ui, locale: l } = getContent(locale)
  const home = `${l.prefix}/`
  return {
    metadataBase: new URL(site.url),
    title: { default: `${ui.site.name}: ${ui.site.tagline}`, template: `%s | ${ui.site.name}` },
    description: ui.site.description,
    applicationName: ui.site.name,
    openGraph: {
      type: 'website',
      siteName: ui.site.name,
      locale: l.lang.replace('-', '_'),
      url: home,
      title: ui.site.name,
      description: ui.site.description,
      images: [{ url: absoluteUrl(`${l.prefix}/og.png`), width: 1200, height: 630, alt: ui.site.name }],
    },
    twitter: { card: 'summary_large_image', images: [absoluteUrl(`${l.prefix}/og.png`)] },
    formatDetection: { telephone: false },
  }
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#12161b' },
  ],
}

export default async function RootLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const content = getContent(locale)
  return (
    // No inline script here: the post-export step (scripts/postexport.ts) adds the theme script
    // (islands/theme-init.ts, render-blocking, before first paint) and the page's islands.
    <html lang={content.locale.lang} className={inter.variable}>
      <head>
        <link rel="alternate" type="application/atom+xml" title={content.site.labels.feedTitle} href={feedPath(content.locale)} />
      </head>
      <body>
        <SkipLink content={content} />
        <SiteHeader content={content} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-6">
          {children}
        </main>
        <SiteFooter content={content} />
      </body>
    </html>
  )
}
