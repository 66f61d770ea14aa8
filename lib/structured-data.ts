import type { Article, Faq } from '@/lib/content'
import { absoluteUrl, site } from '@/lib/site'

/** schema.org MedicalWebPage for an article. Only recorded reviews appear as lastReviewed. */
export function articleJsonLd(a: Article) {
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
    ...(a.review ? { lastReviewed: a.review.date, reviewedBy: { '@type': 'Person', name: a.review.reviewer } } : {}),
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
