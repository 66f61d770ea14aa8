import type { Metadata, Viewport } from 'next'
import localFont from 'next/font/local'
import type { ReactNode } from 'react'
import { site } from '@/lib/site'
import { getContent } from '@/lib/content'
import { FEED_PATH } from '@/lib/feed'
import { SkipLink } from '@/components/layout/skip-link'
import { SiteHeader } from '@/components/layout/site-header'
import { SiteFooter } from '@/components/layout/site-footer'
import './globals.css'

const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  display: 'swap',
  variable: '--font-inter',
})

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: `${site.name}: ${site.tagline}`, template: `%s | ${site.name}` },
  description: site.description,
  applicationName: site.name,
  alternates: { canonical: '/' },
  openGraph: {
    type: 'website',
    siteName: site.name,
    locale: site.locale,
    url: '/',
    title: site.name,
    description: site.description,
    images: [{ url: '/og.png', width: 1200, height: 630, alt: site.name }],
  },
  twitter: { card: 'summary_large_image', images: ['/og.png'] },
  formatDetection: { telephone: false },
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#12161b' },
  ],
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // No inline script here: the post-export step (scripts/postexport.ts) adds the theme script
    // (islands/theme-init.ts, render-blocking, before first paint) and the page's islands.
    <html lang="en-GB" className={inter.variable}>
      <head>
        <link rel="alternate" type="application/atom+xml" title={getContent().site.labels.feedTitle} href={FEED_PATH} />
      </head>
      <body>
        <SkipLink />
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
