import { getOptionGoals, type Article, type Faq, type OptionsGoal } from '@/lib/content'
import { absoluteUrl } from '@/lib/site'

export interface SitePage {
  path: string
  url: string
  lastModified: string
}

const latest = (dates: string[]) => dates.reduce((a, b) => (a > b ? a : b), '2026-11-21')

/** Every public page of the site with its last-changed date (sitemap, link checks, tests). */
export function sitePages(articles: readonly Article[], faqs: readonly Faq[], goals: readonly OptionsGoal[] = getOptionGoals()): SitePage[] {
  const all = latest([...articles.map((a) => a.reviewed), ...faqs.map((f) => f.reviewed)])
  const faqDate = latest(faqs.map((f) => f.reviewed))
  const paths: [string, string][] = [
    ['/', all],
    ['/articles/', latest(articles.map((a) => a.reviewed))],
    ...articles.map((a): [string, string] => [a.href, a.reviewed]),
    ...(goals.length ? [['/options/', latest(goals.map((g) => g.reviewed))] as [string, string]] : []),
    ...goals.map((g): [string, string] => [g.href, g.reviewed]),
    ['/faq/', faqDate],
    ['/sources/', all],
    ['/about/', all],
    ['/about/sources/', all],
    ['/tools/', all],
    ['/tools/cost-estimator/', all],
    ['/tools/consultation-checklist/', all],
    ['/tools/aftercare-sheet/', all],
  ]
  return paths.map(([path, lastModified]) => ({ path, url: absoluteUrl(path), lastModified }))
}
