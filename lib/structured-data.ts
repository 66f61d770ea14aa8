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

/** schema.org FAQPage; answers are plain text. */
export function faqJsonLd(faqs: readonly Faq[], answerText: (f: Faq) => string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: absoluteUrl('/faq/'),
    mainEntity: faqs.map((f) => ({
      '@type': 'Question',
      name: f.question,
      url: absoluteUrl(f.href),
      acceptedAnswer: { '@type': 'Answer', text: answerText(f) },
    })),
  }
}
