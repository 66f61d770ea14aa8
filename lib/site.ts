/**
 * Site-wide settings that are not words a reader sees (those are in content/<dir>/ui.yaml). The public
 * URL is the one value to change when deploying elsewhere.
 */
export const site = {
  /** Public base URL, no trailing slash. Override with SITE_URL at build time. */
  url: (process.env.SITE_URL ?? 'https://mesotherapy-facts.example.org').replace(/\/+$/, ''),
} as const

/** Absolute URL for a site path such as `/articles/history/`. */
export function absoluteUrl(path: string): string {
  return `${site.url}${path.startsWith('/') ? path : `/${path}`}`
}
