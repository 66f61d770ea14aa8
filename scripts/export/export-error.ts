/** A problem that must stop the build: names the file and the element, says what to do. */
export class ExportError extends Error {
  constructor(
    readonly file: string,
    readonly element: string,
    readonly why: string,
  ) {
    super(`${file}: ${element}: ${why}`)
    this.name = 'ExportError'
  }
}

/** Short, one-line description of an element for error messages: `<script id="_R_">` + text start. */
export function describeElement(tag: string, attrs: readonly { name: string; value: string }[], text = ''): string {
  const a = attrs.map((x) => (x.value === '' ? ` ${x.name}` : ` ${x.name}="${x.value.length > 80 ? `${x.value.slice(0, 77)}...` : x.value}"`)).join('')
  const t = text.trim().replace(/\s+/g, ' ')
  return `<${tag}${a}>${t ? `${t.length > 60 ? `${t.slice(0, 57)}...` : t}` : ''}`
}
