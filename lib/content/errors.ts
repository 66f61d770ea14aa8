/** One thing wrong with one content file. */
export interface ContentProblem {
  /** Path relative to the project root, e.g. `content/articles/history.mdx`. */
  file: string
  /** Field or place, e.g. `description`, `takeaways[2]`, `<Cite id="x">`. */
  field: string
  /** What is wrong and what to do about it. */
  message: string
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file} — ${p.field}: ${p.message}`
}

/** Thrown when content is invalid; lists every problem, one per line. */
export class ContentValidationError extends Error {
  readonly problems: ContentProblem[]
  constructor(problems: ContentProblem[]) {
    super(
      `Content validation failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  • ${formatProblem(p)}`).join('\n'),
    )
    this.name = 'ContentValidationError'
    this.problems = problems
  }
}
