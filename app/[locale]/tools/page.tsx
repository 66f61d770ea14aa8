import type { Metadata } from 'next'
import { ToolsIndexPage } from '@/components/tool/tools-index-page'
import { toolMetadata } from '@/components/tool/tool-metadata'

type Params = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return toolMetadata((await params).locale, 'index')
}

export default async function Page({ params }: Params) {
  return <ToolsIndexPage locale={(await params).locale} />
}
