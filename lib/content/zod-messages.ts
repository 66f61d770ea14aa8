import type { z } from 'zod'
import type { ContentProblem } from './errors'

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '')
}

/** Turns one zod issue into a problem that says which field is wrong and what to do. */
export function formatZodIssue(file: string, issue: z.core.$ZodIssue, prefix = ''): ContentProblem {
  const field = `${prefix}${fieldPath(issue.path) || '(frontmatter)'}`.trim()
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ')
    return {
      file,
      field: `${prefix}${fieldPath(issue.path) || '(frontmatter)'}`.trim(),
      message: `unknown field ${keys}: remove it or fix the spelling (the allowed fields are listed in content/AUTHORING.md)`,
    }
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return { file, field, message: `is missing: add it (${issue.message.replace(/^must be /, 'it must be ')})` }
  }
  return { file, field, message: issue.message }
}
