import type { Metadata } from 'next'
import { AftercareSheetPage } from '@/components/tool/aftercare-sheet-page'
import { toolMetadata } from '@/components/tool/tool-metadata'

export const metadata: Metadata = toolMetadata('en', 'aftercareSheet')

export default function Page() {
  return <AftercareSheetPage locale="en" />
}
