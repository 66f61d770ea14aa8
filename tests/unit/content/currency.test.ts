import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import {
  buildDate,
  changeEntries,
  currencyPages,
  getContent,
  isOverdue,
  overduePages,
  type CurrencyPage,
} from '@/lib/content'
import { contactEmail } from '@/lib/contact'
import { OverdueNote } from '@/components/currency/review-dates'
import { fixture, problems } from './fixture'

const messages = (root: string): string[] => problems(root).map((p) => `${p.file} — ${p.field}: ${p.message}`)

const ARTICLE = 'articles/first-article.mdx'
const FAQ = 'faq/does-it-hurt.mdx'
const setFront = (key: string, value: string) => (old: string) => old.replace(new RegExp(`^${key}:.*$`, 'm'), `${key}: ${value}`)
const addFront = (text: string) => (old: string) => old.replace(/^---\n/, `---\n${text}\n`)

describe('review dates and change logs are validated', () => {
  it.each([
    ['next review more than 12 months on', ARTICLE, setFront('nextReview', '2027-12-01'), /first-article\.mdx — nextReview: must be at most 12 months after reviewed: 2027-11-21/],
    ['next review before reviewed', FAQ, setFront('nextReview', '2026-01-01'), /does-it-hurt\.mdx — nextReview: must be after reviewed/],
    ['missing next review', ARTICLE, (o: string) => o.replace(/^nextReview:.*\n/m, ''), /first-article\.mdx — nextReview:/],
    ['empty change log', FAQ, (o: string) => o.replace(/^changes:\n(?:  .*\n)+/m, 'changes: []\n'), /does-it-hurt\.mdx — changes: needs at least one entry/],
    ['change without a note', ARTICLE, (o: string) => o.replace(/^    note: .*\n/m, ''), /first-article\.mdx — changes\.0\.note|changes\[0\]\.note/],
    ['change dated after the review', ARTICLE, (o: string) => o.replace(/^  - date: \d{4}-\d{2}-\d{2}$/m, '  - date: 2026-12-25'), /first-article\.mdx — changes.*is after reviewed/],
    [
      'changes not newest first',
      ARTICLE,
      (o: string) => o.replace(/^changes:\n/m, 'changes:\n  - date: 2026-01-02\n    note: An older change listed first.\n'),
      /first-article\.mdx — changes.*newest first/,
    ],
  ])('%s', (_name, file, edit, expected) => {
    expect(messages(fixture({ [file]: edit })).join('\n')).toMatch(expected)
  })

  it('refuses an unknown author or reviewer, and a clinical review by a non-clinician', () => {
    const unknown = messages(fixture({ [ARTICLE]: addFront('authors: [nobody-known]') })).join('\n')
    expect(unknown).toMatch(/first-article\.mdx — authors\[0\]: unknown person "nobody-known"; add the real person to content\/people\.yaml/)
    const people = '- id: test-writer\n  name: Test Writer\n  credentials: Fixture only, not a real person\n  role: writer\n  conflicts: None declared.\n'
    const wrongKind = messages(
      fixture({ 'people.yaml': people, [ARTICLE]: addFront('reviewers:\n  - person: test-writer\n    date: 2026-11-20\n    kind: clinical') }),
    ).join('\n')
    expect(wrongKind).toMatch(/reviewers\[0\]\.kind: Test Writer is listed as writer .* a clinical review needs a clinical reviewer/)
  })

  it('refuses a missing or incomplete site config, naming the field', () => {
    expect(messages(fixture({ 'site.yaml': null })).join('\n')).toMatch(/content\/site\.yaml — \(file\): is missing; it names the publisher, the funding and the contact route/)
    expect(messages(fixture({ 'site.yaml': (o) => o.replace(/^funding:.*\n/m, '') })).join('\n')).toMatch(/content\/site\.yaml — funding:/)
    expect(messages(fixture({ 'site.yaml': (o) => o.replace(/overdue: .*\{date\}.*/, 'overdue: This page is overdue for review.') })).join('\n')).toMatch(
      /site\.yaml — labels\.overdue: must contain \{date\}/,
    )
  })
})

describe('overdue pages', () => {
  const page = (href: string, nextReview: string): CurrencyPage => ({
    kind: 'article',
    title: href,
    href,
    file: href,
    reviewed: '2026-01-01',
    nextReview,
    changes: [{ date: '2026-01-01', note: 'First published.' }],
  })

  it('compares the next review date with the build date, never failing the build', () => {
    expect(isOverdue({ nextReview: '2026-11-29' }, '2026-11-30')).toBe(true)
    expect(isOverdue({ nextReview: '2026-11-30' }, '2026-11-30')).toBe(false)
    expect(overduePages([page('/b/', '2026-06-01'), page('/a/', '2026-03-01'), page('/c/', '2027-01-01')], '2026-11-30').map((p) => p.href)).toEqual(['/a/', '/b/'])
    expect(buildDate({ BUILD_DATE: '2031-02-03' })).toBe('2031-02-03')
    expect(buildDate({})).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('shows a visible note on an overdue page and nothing on a current one', () => {
    const { labels } = getContent().site
    const note = OverdueNote({ page: page('/x/', '2026-06-01'), labels, lang: 'en-GB', today: '2026-11-30' })
    expect(note).not.toBeNull()
    const html = renderToStaticMarkup(note!)
    expect(html).toContain('Review overdue')
    expect(html).toContain('1 June 2026')
    expect(OverdueNote({ page: page('/x/', '2027-06-01'), labels, lang: 'en-GB', today: '2026-11-30' })).toBeNull()
  })

  it('lists the pages of the site that are past their next review today', () => {
    const overdue = overduePages(currencyPages(getContent()))
    // Listing, not failing: the site is built whatever the calendar says, and overdue pages say so.
    console.info(overdue.length ? `Pages past their next review:\n${overdue.map((p) => `  ${p.file} (due ${p.nextReview})`).join('\n')}` : 'No page is past its next review.')
    for (const p of overdue) expect(p.nextReview < buildDate()).toBe(true)
  })
})

describe('the change list behind the feed', () => {
  it('has one entry per change on every page, newest first, with unique keys', () => {
    const pages = currencyPages(getContent())
    const entries = changeEntries(pages)
    expect(entries.length).toBe(pages.reduce((n, p) => n + p.changes.length, 0))
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length)
    for (let i = 1; i < entries.length; i++) expect(entries[i - 1]!.date >= entries[i]!.date).toBe(true)
  })
})

describe('contact route', () => {
  const config = getContent().site
  it('uses the local part at the public host, or CONTACT_EMAIL', () => {
    expect(contactEmail(config, {}, 'https://mesotherapy.example.net')).toBe(`${config.contact.emailLocalPart}@mesotherapy.example.net`)
    expect(contactEmail(config, { CONTACT_EMAIL: 'editor@example.com' })).toBe('editor@example.com')
    expect(() => contactEmail(config, { CONTACT_EMAIL: 'not an address' })).toThrow(/CONTACT_EMAIL/)
  })
})
