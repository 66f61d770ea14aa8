/**
 * The words of /about/ and /about/sources/ (content/<locale dir>/pages/*.yaml). Strict schemas:
 * a key missing from a translation fails naming the file and the key.
 */
import { z } from 'zod'
import { readLocaleYaml, template, text } from './locale-files'


export const aboutSchema = z.strictObject({
  title: text,
  description: text.max(160, 'keep it to 160 characters or fewer'),
  home: text,
  breadcrumb: text,
  heading: template('site'),
  lead: template('articles', 'faqs', 'sources'),
  who: z.strictObject({ heading: text, people: text, person: template('name', 'credentials', 'role', 'conflicts') }),
  sources: z.strictObject({ heading: text, text: z.array(text).min(1) }),
  evidence: z.strictObject({ heading: text, intro: text, after: text }),
  disagreement: z.strictObject({ heading: text, text }),
  review: z.strictObject({ heading: text, list: z.array(text).min(1) }),
  notAdvice: z.strictObject({ heading: text, text }),
  privacy: z.strictObject({ heading: text, text }),
  contact: z.strictObject({ heading: text }),
})

export const aboutSourcesSchema = z.strictObject({
  title: text,
  description: text.max(160, 'keep it to 160 characters or fewer'),
  home: text,
  about: text,
  breadcrumb: text,
  heading: text,
  lead: text,
  order: text,
  count: template('count'),
  weight: text,
  interests: z.strictObject({ heading: text, text }),
})

export type AboutText = z.infer<typeof aboutSchema>
export type AboutSourcesText = z.infer<typeof aboutSourcesSchema>
export interface AboutPagesText {
  about: AboutText
  aboutSources: AboutSourcesText
}

export const PAGE_FILES = {
  about: ['pages/about.yaml', aboutSchema],
  aboutSources: ['pages/about-sources.yaml', aboutSourcesSchema],
} as const

const cache = new Map<string, AboutPagesText>()

/** The words of the about pages in a locale, validated; read once per process. */
export function getAboutPages(locale: string): AboutPagesText {
  const hit = cache.get(locale)
  if (hit) return hit
  const t: AboutPagesText = {
    about: readLocaleYaml(locale, PAGE_FILES.about[0], aboutSchema),
    aboutSources: readLocaleYaml(locale, PAGE_FILES.aboutSources[0], aboutSourcesSchema),
  }
  cache.set(locale, t)
  return t
}

export function resetPagesCache() {
  cache.clear()
}
