import { getContent, readLocales, type Content } from '@/lib/content'
import { alternatesOf } from '@/lib/content/links'

/**
 * Links to this page in the site's other languages, each in its own language (lang, hreflang). A page
 * with no counterpart yet links to that language's home page instead.
 */
export function LanguageSwitch({ content, path }: { content: Content; path: string }) {
  const here = content.locale.code
  const found = new Map(alternatesOf(path, here).map((a) => [a.code, a]))
  const others = readLocales()
    .filter((l) => l.code !== here)
    .map((l) => {
    const a = found.get(l.code)
    const ui = getContent(l.code).ui
    return { code: l.code, lang: l.lang, href: a ? a.href : `${l.prefix}/`, text: a ? ui.language.switchTo : ui.language.notTranslated }
  })
  if (others.length === 0) return null
  return (
    <nav aria-label={content.ui.language.label} className="language-switch no-print">
      <ul>
        {others.map((o) => (
          <li key={o.code}>
            <a href={o.href} hrefLang={o.lang} lang={o.lang}>
              {o.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
