import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { EvidenceLabel } from '@/components/evidence/evidence-label'
import { EVIDENCE_INFO, EVIDENCE_LEVELS, getContent } from '@/lib/content'
import { site } from '@/lib/site'
import { contactEmail } from '@/lib/contact'
import { Disclosure } from '@/components/layout/disclosure'
import { FEED_PATH } from '@/lib/feed'

export const metadata: Metadata = {
  title: 'About this site and our editorial policy',
  description: 'Who writes and checks this guide, who pays for it, how to contact us, how we choose sources and how we correct errors.',
  alternates: { canonical: '/about/' },
}

export default function AboutPage() {
  const { sources, articles, faqs, site: config, people } = getContent()
  const { labels } = config
  const email = contactEmail(config)
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'About' }]} />
      <div className="prose prose-site">
        <h1>About {site.name}</h1>
        <p className="lead">
          An independent guide for people thinking about mesotherapy. It has {articles.length} articles, {faqs.length} answered
          questions and {sources.length} sources.
        </p>

        <h2 id="who">Who writes and checks this site</h2>
        {config.team.map((t) => (
          <p key={t}>{t}</p>
        ))}
        <Disclosure detailed />
        {people.length ? (
          <>
            <h3 id="people">Named writers and reviewers</h3>
            <ul>
              {people.map((p) => (
                <li key={p.id} id={`person-${p.id}`}>
                  <strong>{p.name}</strong>, {p.credentials} ({p.role}). {p.conflicts}
                  {p.url ? (
                    <>
                      {' '}
                      <a href={p.url}>{p.url}</a>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}

        <h2 id="sources">How we choose sources</h2>
        <p>
          Every health statement on the site links to a source in our <Link href="/sources/">list of sources</Link>. We prefer, in order:
          systematic reviews and trials, other studies, reviews by experts, statements from professional societies and regulators. We also cite
          news reports, consumer pages and clinic or seller pages, but only to show what people are told, what happened, or what clinics
          advise. Each source carries a badge saying what kind it is, and a note when the writer has a stake in the treatment.{' '}
          <Link href="/about/sources/">Read how we rate each kind of source</Link>.
        </p>
        <p>
          We only list details of a source (authors, year, journal, page numbers) that we have seen ourselves. Where we could not check a
          detail, we leave it out rather than guess.
        </p>

        <h2 id="evidence-levels">What the evidence labels mean</h2>
        <p>When a page says whether mesotherapy works for something, a label shows how strong the evidence is:</p>
        <dl>
          {EVIDENCE_LEVELS.map((level) => (
            <div key={level}>
              <dt>
                <EvidenceLabel level={level} />
              </dt>
              <dd>{EVIDENCE_INFO[level].meaning}</dd>
            </div>
          ))}
        </dl>
        <p>The label shows both a word and a number of filled dots, so it does not rely on colour.</p>

        <h2 id="disagreement">When sources disagree</h2>
        <p>
          Sources about mesotherapy often contradict each other. We do not hide that. Where they disagree, we show each side with its source
          and its kind, and then say what the better evidence suggests, or that nobody knows. All of these are collected on{' '}
          <Link href="/articles/where-sources-disagree/">where sources disagree</Link>.
        </p>

        <h2 id="review">How content is checked</h2>
        <ul>
          <li>Every page is checked by software when the site is built: each citation must point to a real entry in our source list.</li>
          <li>A reading-level check keeps every article at about grade 8 (age 13 to 14) or easier.</li>
          <li>We write in our own words and never copy text from sources or from other websites.</li>
          <li>
            Each article and answer shows the date it was last checked against its sources and the date of its next check, at most 12
            months later. If that date passes without a new check, the page says so. Each page ends with a short list of what changed.
          </li>
          <li>
            A page says it was reviewed by a clinician only when a named reviewer really checked it. At the moment no page has such a review,
            and each article says so.
          </li>
        </ul>

        <h2 id="not-advice">Not medical advice</h2>
        <p>
          This site explains what published sources say. It cannot tell you whether mesotherapy is right for you. Talk to a doctor before any
          treatment, and get medical help at once if you feel very unwell after one.
        </p>

        <h2 id="privacy">No ads, no tracking, no cookies</h2>
        <p>
          The site shows no ads and has no analytics, trackers or cookies. Pages load nothing from other websites. If you switch on dark mode,
          your browser remembers that choice on your own device; nothing is sent to us.
        </p>

        <h2 id="contact">Corrections and contact</h2>
        {config.corrections.map((t) => (
          <p key={t}>{t}</p>
        ))}
        <p>
          {labels.contact}: <a href={`mailto:${email}`}>{email}</a>. {config.contact.howTo}
        </p>
        <h2 id="changes">{labels.changes}</h2>
        <p>
          {labels.feedSubtitle} <a href={FEED_PATH} type="application/atom+xml">{labels.feedLink}</a>
        </p>
      </div>
    </>
  )
}
