/** Where a language's search index is served: /search/faq.json, /fr/search/faq.json… */
export function searchIndexPath(locale: { prefix: string }, which: 'faq' | 'site'): string {
  return `${locale.prefix}/search/${which}.json`
}
