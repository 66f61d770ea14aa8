/** Site-wide settings. The public URL is the one value to change when deploying elsewhere. */
export const site = {
  name: 'Mesotherapy Facts',
  tagline: 'An independent, cited guide to mesotherapy in plain language',
  description:
    'Honest, plain-language answers about mesotherapy: what it is, what the evidence shows, the risks, costs and aftercare, with every statement cited.',
  /** Public base URL, no trailing slash. Override with SITE_URL at build time. */
  url: (process.env.SITE_URL ?? 'https://mesotherapy-facts.example.org').replace(/\/+$/, ''),
  locale: 'en_GB',
  nav: [
    { href: '/articles/', label: 'Articles' },
    { href: '/faq/', label: 'FAQ' },
    { href: '/tools/', label: 'Tools' },
    { href: '/sources/', label: 'Sources' },
    { href: '/about/', label: 'About' },
  ],
} as const

/** Absolute URL for a site path such as `/articles/history/`. */
export function absoluteUrl(path: string): string {
  return `${site.url}${path.startsWith('/') ? path : `/${path}`}`
}
