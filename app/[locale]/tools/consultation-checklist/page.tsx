import type { Metadata } from 'next'
import { ConsultationChecklistPage } from '@/components/tool/consultation-checklist-page'
import { toolMetadata } from '@/components/tool/tool-metadata'

type Params = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return toolMetadata((await params).locale, 'checklist')
}

export default async function Page({ params }: Params) {
  return <ConsultationChecklistPage locale={(await params).locale} />
}
