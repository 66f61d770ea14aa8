import type { Metadata } from 'next'
import { getTools, type ToolsText } from '@/lib/content/tools'
import { localizeHref } from '@/lib/content/links'
import { pageMetadata } from '@/lib/page-metadata'

const PATHS: Record<keyof ToolsText, string> = {
  index: '/tools/',
  aftercareSheet: '/tools/aftercare-sheet/',
  checklist: '/tools/consultation-checklist/',
  costEstimator: '/tools/cost-estimator/',
}

/** Title, description, canonical address and hreflang alternates of a tool page, from its content file. */
export function toolMetadata(locale: string, page: keyof ToolsText): Metadata {
  const t = getTools(locale)[page]
  return pageMetadata(locale, localizeHref(locale, PATHS[page]), { title: t.title, description: t.description })
}
