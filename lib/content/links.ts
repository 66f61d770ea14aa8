/** Internal links in content are English site paths; this maps one to the page in a locale. Stub: the lead replaces it. */
export function localizeHref(_locale: string, href: string) {
  return href
}
