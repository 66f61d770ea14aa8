import type { Metadata } from 'next'
import { ConsultationChecklistPage } from '@/components/tool/consultation-checklist-page'
import { toolMetadata } from '@/components/tool/tool-metadata'

export const metadata: Metadata = toolMetadata('en', 'checklist')

export default function Page() {
  return <ConsultationChecklistPage locale="en" />
}
