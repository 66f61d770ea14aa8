/** Renders the TypeScript type of the interface words from the default language's ui.yaml. */
import YAML from 'yaml'

const isPlural = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).sort().join(',') === 'one,other'

function render(value: unknown, indent: string): string {
  if (typeof value === 'string') return 'string'
  if (isPlural(value)) return 'Plural'
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('ui.yaml: every value must be a string, a { one, other } pair or a group of keys')
  const lines = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${indent}  ${/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`}: ${render(v, `${indent}  `)}`)
  return `{\n${lines.join('\n')}\n${indent}}`
}

export function renderUiTypes(yamlText: string): string {
  return [
    '// Generated from content/ui.yaml by scripts/i18n/ui-types.ts. Do not edit: edit content/ui.yaml and run `npm run ui:types`.',
    '',
    '/** A word that changes with a number: chosen by the language\'s plural rules. */',
    'export interface Plural {',
    '  one: string',
    '  other: string',
    '}',
    '',
    `export interface UiText ${render(YAML.parse(yamlText), '')}`,
    '',
  ].join('\n')
}
