import type { Metadata } from 'next'
import { ToolsIndexPage } from '@/components/tool/tools-index-page'
import { toolMetadata } from '@/components/tool/tool-metadata'

export const metadata: Metadata = toolMetadata('en', 'index')

export default function Page() {
  return <ToolsIndexPage locale="en" />
}
