import type { Article, Content, Faq, Person } from '@/lib/content'

/** lastReviewed and reviewedBy from the newest recorded clinical review, if any. */
function clinicalReview(a: Article, people: readonly Person[]) {
  const review = (a.reviewers ?? []).filter((r) => r.kind === 'clinical').sort((x, y) => y.date.localeCompare(x.date))[0]
  const person = review && people.find((p) => p.id === review.person)
  return review && person ? { lastReviewed: review.date, reviewedBy: { '@type': 'Person', name: person.name } } : {}
}
import { absoluteUrl } from '@/lib/site'

/** schema.org MedicalWebPage for an article. Only recorded reviews appear as lastReviewed. */
export function articleJsonLd(a: Article, content: Content) {
  const people = content.people
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: a.title,
    headline: a.title,
    description: a.description,
    url: absoluteUrl(a.href),
    dateModified: a.reviewed,
    inLanguage: content.locale.lang,
    about: { '@type': 'MedicalProcedure', name: content.ui.site.topic },
    isPartOf: { '@type': 'WebSite', name: content.ui.site.name, url: absoluteUrl(`${content.locale.prefix}/`) },
    ...clinicalReview(a, people),
  }
}

/**
 * schema.org for the FAQ page: a MedicalWebPage whose main entity is the list of questions, each
 * with its own address. The answers are not copied into the JSON-LD: on a page of 100+ answers that
 * copy alone was 31 KB gzip, a quarter of the page, sent to every phone for search engines only
 * (Google no longer shows FAQ rich results for most sites since 2023).
 */
export function faqJsonLd(faqs: readonly Faq[], content: Content) {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url: absoluteUrl(`${content.locale.prefix}/faq/`),
    inLanguage: content.locale.lang,
    about: { '@type': 'MedicalProcedure', name: content.ui.site.topic },
    isPartOf: { '@type': 'WebSite', name: content.ui.site.name, url: absoluteUrl(`${content.locale.prefix}/`) },
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: faqs.length,
      itemListElement: faqs.map((f, i) => ({ '@type': 'ListItem', position: i + 1, item: { '@type': 'Question', name: f.question, url: absoluteUrl(f.href) } })),
    },
  }
}
