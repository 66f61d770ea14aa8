import type { Metadata } from 'next'
import { AboutSourcesPage } from '@/components/about/about-sources-page'
import { aboutMetadata } from '@/components/about/about-metadata'

export const metadata: Metadata = aboutMetadata('en', 'aboutSources')

export default function Page() {
  return <AboutSourcesPage locale="en" />
}
