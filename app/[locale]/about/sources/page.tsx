import type { Metadata } from 'next'
import { AboutSourcesPage } from '@/components/about/about-sources-page'
import { aboutMetadata } from '@/components/about/about-metadata'

type Params = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return aboutMetadata((await params).locale, 'aboutSources')
}

export default async function Page({ params }: Params) {
  return <AboutSourcesPage locale={(await params).locale} />
}
