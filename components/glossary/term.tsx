import type { ReactNode } from 'react'

/** Links a technical term to its glossary entry. */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  return (
    <a href={`/articles/glossary/#${id}`} className="term">
      {children}
    </a>
  )
}
