/**
 * Reading an island's words in the browser. The server renders them from content/islands.yaml
 * into a `data-text` attribute (JSON) on the island's root, so islands hold no prose.
 */

/** The words in `el.dataset.text`; an empty object if missing or broken (callers fall back to ""). */
export function textOf<T extends object>(el: HTMLElement): Partial<T> {
  try {
    return JSON.parse(el.dataset.text ?? '{}') as Partial<T>
  } catch {
    return {}
  }
}

/** Fills {name} placeholders. */
export function fill(template: string | undefined, values: Record<string, string | number>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m))
}

/** The {one, other} form for a count in the page's language, with {count} filled in. */
export function plural(forms: { one?: string; other?: string } | undefined, count: number, lang = document.documentElement.lang || 'en'): string {
  let rule = 'other'
  try {
    rule = new Intl.PluralRules(lang).select(count)
  } catch {
    /* an odd lang attribute: use the plural */
  }
  return fill(rule === 'one' ? forms?.one : forms?.other, { count })
}
