import type { SiteConfig } from '@/lib/content'
import { site } from '@/lib/site'

/**
 * The address readers use to report errors: CONTACT_EMAIL if set at build time, else the local
 * part from content/site.yaml at the host of the public site URL (SITE_URL).
 */
export function contactEmail(config: SiteConfig, env: Record<string, string | undefined> = process.env, siteUrl: string = site.url): string {
  const override = env.CONTACT_EMAIL?.trim()
  if (override) {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(override)) throw new Error(`CONTACT_EMAIL is not an email address: "${override}"`)
    return override
  }
  return `${config.contact.emailLocalPart}@${new URL(siteUrl).hostname}`
}
