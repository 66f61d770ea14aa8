import type { Metadata } from 'next'
import { AboutPage } from '@/components/about/about-page'
import { aboutMetadata } from '@/components/about/about-metadata'

type Params = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return aboutMetadata((await params).locale, 'about')
}

export default async function Page({ params }: Params) {
  return <AboutPage locale={(await params).locale} />
}
