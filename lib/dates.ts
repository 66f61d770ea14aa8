const formats = new Map<string, Intl.DateTimeFormat>()

/** "21 November 2026" (en-GB) or "21 novembre 2026" (fr-FR) for 2026-11-21. */
export function formatDate(iso: string, lang = 'en-GB'): string {
  let f = formats.get(lang)
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    formats.set(lang, f)
  }
  return f.format(new Date(`${iso}T00:00:00Z`))
}

/** A number in the language's format (15 000 in French, 15,000 in English). */
export function formatNumber(n: number, lang = 'en-GB'): string {
  return new Intl.NumberFormat(lang).format(n)
}
