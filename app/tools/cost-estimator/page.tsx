import type { Metadata } from 'next'
import { CostEstimatorPage } from '@/components/tool/cost-estimator-page'
import { toolMetadata } from '@/components/tool/tool-metadata'

export const metadata: Metadata = toolMetadata('en', 'costEstimator')

export default function Page() {
  return <CostEstimatorPage locale="en" />
}
