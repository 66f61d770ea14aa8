import type { ReactNode } from 'react'
import type { Content } from '@/lib/content'
import { localizeHref } from '@/lib/content/links'

/** Links a technical term to its glossary entry (entry ids are the same in every language). */
export function Term({ id, children, content }: { id: string; children?: ReactNode; content: Content }) {
  return (
    <a href={localizeHref(content.locale.code, `/articles/glossary/#${id}`)} className="term">
      {children}
    </a>
  )
}
