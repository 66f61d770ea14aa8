import type { Metadata } from 'next'
import { CostEstimatorPage } from '@/components/tool/cost-estimator-page'
import { toolMetadata } from '@/components/tool/tool-metadata'

type Params = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return toolMetadata((await params).locale, 'costEstimator')
}

export default async function Page({ params }: Params) {
  return <CostEstimatorPage locale={(await params).locale} />
}
