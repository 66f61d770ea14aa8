/**
 * The compiled MDX bodies of articles and FAQ answers, by language and key. The bundler sees one pattern
 * for the default language's folder and one for every other language's folder (content/<dir>/), so a new
 * language needs no change here.
 */
import type { ComponentType } from 'react'
import type { Locale } from './locales'

export type MdxBody = ComponentType<{ components: object }>

type Module = { default: MdxBody }

export async function loadArticleBody(locale: Locale, key: string): Promise<MdxBody> {
  const m = (locale.dir === '.' ? await import(`@/content/articles/${key}.mdx`) : await import(`@/content/${locale.dir}/articles/${key}.mdx`)) as Module
  return m.default
}

export async function loadFaqBody(locale: Locale, key: string): Promise<MdxBody> {
  const m = (locale.dir === '.' ? await import(`@/content/faq/${key}.mdx`) : await import(`@/content/${locale.dir}/faq/${key}.mdx`)) as Module
  return m.default
}
