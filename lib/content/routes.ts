/**
 * The static routes of every language, used by the routes' generateStaticParams (so a language listed in
 * content/locales.yaml gets its pages with no code change) and by the tests.
 */
import { readContent } from './load'
import { readLocales } from './locales'

export function localeParams(): { locale: string }[] {
  return readLocales().map((l) => ({ locale: l.code }))
}

export function articleParams(): { locale: string; slug: string }[] {
  return readLocales().flatMap((l) => readContent(undefined, l.code).articles.map((a) => ({ locale: l.code, slug: a.slug })))
}

export function goalParams(): { locale: string; goal: string }[] {
  return readLocales().flatMap((l) => (readContent(undefined, l.code).options?.goals ?? []).map((g) => ({ locale: l.code, goal: g.slug })))
}
