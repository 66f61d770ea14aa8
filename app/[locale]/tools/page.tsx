import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import '@/components/tool/tool.css'

export const metadata: Metadata = {
  title: 'Tools: cost estimator, checklist and aftercare sheet',
  description: 'Practical tools for people thinking about mesotherapy: a cost estimator, a consultation checklist and a printable aftercare sheet.',
  alternates: { canonical: '/tools/' },
}

const TOOLS = [
  {
    href: '/tools/cost-estimator/',
    title: 'Cost estimator',
    text: 'Work out a rough total for a course and top-ups, from dated, cited prices or your own quote.',
  },
  {
    href: '/tools/consultation-checklist/',
    title: 'Consultation checklist',
    text: 'Questions to ask before you book, and the health details to tell the practitioner. Made to print.',
  },
  {
    href: '/tools/aftercare-sheet/',
    title: 'Aftercare sheet',
    text: 'One printed page: what to expect after a session, what to do, and when to get help.',
  },
] as const

export default function ToolsPage() {
  return (
    <div className="tool-page">
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'Tools' }]} />
      <h1 className="page-title">Tools</h1>
      <p className="lead">
        Three practical helpers. Each one uses the same cited sources as our articles. None of them is medical advice.
      </p>
      <ul className="card-grid mt-6">
        {TOOLS.map((t) => (
          <li key={t.href}>
            <div className="card">
              <h2 className="tool-card-title">
                <Link href={t.href} prefetch={false}>
                  {t.title}
                </Link>
              </h2>
              <p>{t.text}</p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}
