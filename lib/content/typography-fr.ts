/** French spacing rules, shared by the fixer script and the content test. */
const NBSP = '\u00A0'
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/

function fixLine(line: string): string {
  if (TABLE_RULE.test(line) || /^\s*```/.test(line)) return line
  return (
    line
      // Space (ordinary or none after a word) before high punctuation becomes a no-break space.
      .replace(/[ \t]+([;!?»])/g, `${NBSP}$1`)
      .replace(/([\p{L}\d)])([;!?»])(?=[\s.,)]|$)/gu, (m, a: string, p: string) => (p === '»' ? `${a}${NBSP}${p}` : m))
      // Colon: only when a space precedes it (never inside "https:" or "key:").
      .replace(/[ \t]+:(?=[\s]|$)/g, `${NBSP}:`)
      // After an opening guillemet.
      .replace(/«[ \t\u00A0]*/g, `«${NBSP}`)
      // Never two no-break spaces in a row (the fixer is idempotent).
      .replace(/\u00A0{2,}/g, NBSP)
  )
}

/** Returns the text with French no-break spaces in place. Idempotent. */
export function fixFrenchTypography(text: string): string {
  let inCode = false
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*```/.test(line)) inCode = !inCode
      return inCode ? line : fixLine(line)
    })
    .join('\n')
}
