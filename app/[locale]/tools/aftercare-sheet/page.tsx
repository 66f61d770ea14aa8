import type { Metadata } from 'next'
import { AftercareSheetPage } from '@/components/tool/aftercare-sheet-page'
import { toolMetadata } from '@/components/tool/tool-metadata'

type Params = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return toolMetadata((await params).locale, 'aftercareSheet')
}

export default async function Page({ params }: Params) {
  return <AftercareSheetPage locale={(await params).locale} />
}
