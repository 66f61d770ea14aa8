import path from 'node:path'

/** Lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The slug of a content file is its file name without the extension. */
export function slugFromFile(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '')
}

export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug)
}
