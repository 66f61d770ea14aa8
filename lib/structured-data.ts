import type { Article, Faq, Person } from '@/lib/content'

/** lastReviewed and reviewedBy from the newest recorded clinical review, if any. */
function clinicalReview(a: Article, people: readonly Person[]) {
  const review = (a.reviewers ?? []).filter((r) => r.kind === 'clinical').sort((x, y) => y.date.localeCompare(x.date))[0]
  const person = review && people.find((p) => p.id === review.person)
  return review && person ? { lastReviewed: review.date, reviewedBy: { '@type': 'Person', name: person.name } } : {}
}
import { absoluteUrl, site } from '@/lib/site'

/** schema.org MedicalWebPage for an article. Only recorded reviews appear as lastReviewed. */
export function articleJsonLd(a: Article, people: readonly Person[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: a.title,
    headline: a.title,
    description: a.description,
    url: absoluteUrl(a.href),
    dateModified: a.reviewed,
    inLanguage: 'en-GB',
    about: { '@type': 'MedicalProcedure', name: 'Mesotherapy' },
    isPartOf: { '@type': 'WebSite', name: site.name, url: site.url },
    ...clinicalReview(a, people),
  }
}

/**
 * schema.org for the FAQ page: a MedicalWebPage whose main entity is the list of questions, each
 * with its own address. The answers are not copied into the JSON-LD: on a page of 100+ answers that
 * copy alone was 31 KB gzip, a quarter of the page, sent to every phone for search engines only
 * (Google no longer shows FAQ rich results for most sites since 2023).
 */
export function faqJsonLd(faqs: readonly Faq[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url: absoluteUrl('/faq/'),
    inLanguage: 'en-GB',
    about: { '@type': 'MedicalProcedure', name: 'Mesotherapy' },
    isPartOf: { '@type': 'WebSite', name: site.name, url: site.url },
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: faqs.length,
      itemListElement: faqs.map((f, i) => ({ '@type': 'ListItem', position: i + 1, item: { '@type': 'Question', name: f.question, url: absoluteUrl(f.href) } })),
    },
  }
}
