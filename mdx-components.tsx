import type { MDXComponents } from 'mdx/types'
import { Timeline, TimelineEvent } from '@/components/timeline/timeline'
import { MdxTh } from '@/components/mdx/table'

/**
 * Components every MDX file may use without importing them and that hold no words of their own.
 * Components with words (callouts, evidence labels, terms, tables) are bound to the page's language
 * by components/mdx/page-components.tsx.
 */
const components: MDXComponents = {
  Timeline,
  TimelineEvent,
  th: MdxTh,
}

export function useMDXComponents(): MDXComponents {
  return components
}
