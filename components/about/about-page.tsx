import { PageTop } from '@/components/layout/page-top'
import { EvidenceLabel } from '@/components/evidence/evidence-label'
import { Disclosure } from '@/components/layout/disclosure'
import { RichText } from '@/components/tool/rich-text'
import { EVIDENCE_LEVELS, fillLabel, getContent } from '@/lib/content'
import { getAboutPages } from '@/lib/content/pages'
import { localizeHref } from '@/lib/content/links'
import { contactEmail } from '@/lib/contact'
import { feedPath } from '@/lib/feed'

/** /about/: who we are and the editorial policy; words from content/<locale>/pages/about.yaml and site.yaml. */
export function AboutPage({ locale }: { locale: string }) {
  const content = getContent(locale)
  const { sources, articles, faqs, site: config, people, ui } = content
  const t = getAboutPages(locale).about
  const { labels } = config
  const email = contactEmail(config)
  const rich = (text: string) => <RichText text={text} locale={locale} />
  return (
    <>
      <PageTop content={content} path={localizeHref(locale, '/about/')} crumbs={[{ href: localizeHref(locale, '/'), label: t.home }, { label: t.breadcrumb }]} />
      <div className="prose prose-site">
        <h1>{fillLabel(t.heading, { site: ui.site.name })}</h1>
        <p className="lead">{fillLabel(t.lead, { articles: articles.length, faqs: faqs.length, sources: sources.length })}</p>

        <h2 id="who">{t.who.heading}</h2>
        {config.team.map((p) => (
          <p key={p}>{p}</p>
        ))}
        <Disclosure content={content} detailed />
        {people.length ? (
          <>
            <h3 id="people">{t.who.people}</h3>
            <ul>
              {people.map((p) => (
                <li key={p.id} id={`person-${p.id}`}>
                  <RichText
                    text={t.who.person}
                    locale={locale}
                    vars={{ name: <strong>{p.name}</strong>, credentials: p.credentials, role: p.role, conflicts: p.conflicts }}
                  />
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

        <h2 id="sources">{t.sources.heading}</h2>
        {t.sources.text.map((p) => (
          <p key={p}>{rich(p)}</p>
        ))}

        <h2 id="evidence-levels">{t.evidence.heading}</h2>
        <p>{t.evidence.intro}</p>
        <dl>
          {EVIDENCE_LEVELS.map((level) => (
            <div key={level}>
              <dt>
                <EvidenceLabel level={level} content={content} />
              </dt>
              <dd>{ui.evidenceLevels[level].meaning}</dd>
            </div>
          ))}
        </dl>
        <p>{t.evidence.after}</p>

        <h2 id="disagreement">{t.disagreement.heading}</h2>
        <p>{rich(t.disagreement.text)}</p>

        <h2 id="review">{t.review.heading}</h2>
        <ul>
          {t.review.list.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>

        <h2 id="not-advice">{t.notAdvice.heading}</h2>
        <p>{t.notAdvice.text}</p>

        <h2 id="privacy">{t.privacy.heading}</h2>
        <p>{t.privacy.text}</p>

        <h2 id="contact">{t.contact.heading}</h2>
        {config.corrections.map((p) => (
          <p key={p}>{p}</p>
        ))}
        <p>
          {labels.contact}: <a href={`mailto:${email}`}>{email}</a>. {config.contact.howTo}
        </p>
        <h2 id="changes">{labels.changes}</h2>
        <p>
          {labels.feedSubtitle} <a href={feedPath(content.locale)} type="application/atom+xml">{labels.feedLink}</a>
        </p>
      </div>
    </>
  )
}
