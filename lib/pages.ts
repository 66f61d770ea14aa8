import { getContent, defaultLocale } from '@/lib/content'
import { alternatesOf } from '@/lib/content/links'
import { absoluteUrl } from '@/lib/site'

export interface SitePage {
  path: string
  url: string
  lastModified: string
  /** The same page in every language that has it (hreflang → absolute URL), x-default included. */
  alternates: Record<string, string>
}

const latest = (dates: string[]) => dates.reduce((a, b) => (a > b ? a : b), '2026-11-21')

/** Every public page of one language with its last-changed date (sitemap, link checks, tests). */
export function sitePages(locale: string = defaultLocale().code): SitePage[] {
  const content = getContent(locale)
  const { articles, faqs } = content
  const goals = content.options?.goals ?? []
  const p = content.locale.prefix
  const all = latest([...articles.map((a) => a.reviewed), ...faqs.map((f) => f.reviewed)])
  const faqDate = latest(faqs.map((f) => f.reviewed))
  const paths: [string, string][] = [
    [`${p}/`, all],
    [`${p}/articles/`, latest(articles.map((a) => a.reviewed))],
    ...articles.map((a): [string, string] => [a.href, a.reviewed]),
    ...(goals.length ? [[`${p}/options/`, latest(goals.map((g) => g.reviewed))] as [string, string]] : []),
    ...goals.map((g): [string, string] => [g.href, g.reviewed]),
    [`${p}/faq/`, faqDate],
    [`${p}/sources/`, all],
    [`${p}/about/`, all],
    [`${p}/about/sources/`, all],
    [`${p}/tools/`, all],
    [`${p}/tools/cost-estimator/`, all],
    [`${p}/tools/consultation-checklist/`, all],
    [`${p}/tools/aftercare-sheet/`, all],
  ]
  return paths.map(([path, lastModified]) => {
    const alternates: Record<string, string> = {}
    const alts = alternatesOf(path, locale)
    for (const a of alts) alternates[a.lang] = absoluteUrl(a.href)
    const def = alts.find((a) => a.code === defaultLocale().code)
    if (def) alternates['x-default'] = absoluteUrl(def.href)
    return { path, url: absoluteUrl(path), lastModified, alternates }
  })
}
