import type { Metadata } from 'next'
import { AboutPage } from '@/components/about/about-page'
import { aboutMetadata } from '@/components/about/about-metadata'

export const metadata: Metadata = aboutMetadata('en', 'about')

export default function Page() {
  return <AboutPage locale="en" />
}
