import { PageTop } from '@/components/layout/page-top'
import { RiskCallout } from '@/components/callout/risk-callout'
import { fillLabel, getContent } from '@/lib/content'
import { site } from '@/lib/site'
import { getTools } from '@/lib/content/tools'
import { localizeHref } from '@/lib/content/links'
import { PrintButton } from './print-button'
import { RichText, inlineCites } from './rich-text'
import { PointText, Points } from './tool-points'
import { citedIds, ToolReferences, toolRefs } from './tool-refs'
import './tool.css'

/** The one-page aftercare sheet; its words are in content/<locale>/tools/aftercare-sheet.yaml. */
export function AftercareSheetPage({ locale }: { locale: string }) {
  const content = getContent(locale)
  const tools = getTools(locale)
  const t = tools.aftercareSheet
  const all = [...t.urgent.points, ...t.timeline.intro, ...t.stages.flatMap((s) => [...s.expect, ...s.todo, ...s.call]), ...t.tell.points]
  const refs = toolRefs(content, [...citedIds(all), ...inlineCites(...all.map((p) => p.text))], tools.index.references, locale)
  const path = localizeHref(locale, '/tools/aftercare-sheet/')
  return (
    <div className="tool-page aftercare-sheet">
      <PageTop
        content={content}
        path={localizeHref(locale, '/tools/aftercare-sheet/')}
        crumbs={[{ href: localizeHref(locale, '/'), label: tools.index.home }, { href: localizeHref(locale, '/tools/'), label: tools.index.heading }, { label: t.breadcrumb }]}
      />
      <h1 className="page-title">{t.heading}</h1>
      <p className="lead sheet-lead">{t.lead}</p>
      <div className="tool-actions no-print">
        <PrintButton label={t.print} />
        <p className="tool-actions-note">{t.printNote}</p>
      </div>

      <RiskCallout level="urgent" title={t.urgent.title} headingLevel={2} ui={content.ui}>
        <p>{t.urgent.intro}</p>
        <ul>
          {t.urgent.signs.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        {t.urgent.points.map((p) => (
          <p key={p.text}>
            <PointText point={p} refs={refs} />
          </p>
        ))}
      </RiskCallout>

      <section aria-labelledby="my-details" className="sheet-details">
        <h2 id="my-details" className="sheet-h2">
          {t.details.heading}
        </h2>
        <div className="sheet-details-grid">
          {t.details.fields.map((d) => (
            <div key={d.id} className="sheet-field">
              <label htmlFor={`sheet-${d.id}`}>{d.label}</label>
              <input id={`sheet-${d.id}`} name={d.id} type="text" autoComplete="off" className="sheet-input" />
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="timeline" className="sheet-timeline">
        <h2 id="timeline" className="sheet-h2">
          {t.timeline.heading}
        </h2>
        <p className="sheet-intro">
          {t.timeline.intro.map((p) => (
            <span key={p.text}>
              <PointText point={p} refs={refs} />
            </span>
          ))}{' '}
          {t.timeline.roughGuide}
        </p>
        <ol className="stages">
          {t.stages.map((s) => (
            <li key={s.id} className="stage">
              <h3 id={`stage-${s.id}`} className="stage-when">
                {s.when}
              </h3>
              <dl className="stage-grid">
                <div className="stage-cell stage-expect">
                  <dt>{t.timeline.expect}</dt>
                  <dd>
                    <Points points={s.expect} refs={refs} />
                  </dd>
                </div>
                <div className="stage-cell stage-todo">
                  <dt>{t.timeline.todo}</dt>
                  <dd>
                    <Points points={s.todo} refs={refs} />
                  </dd>
                </div>
                <div className="stage-cell stage-call">
                  <dt>
                    <span className="stage-call-mark" aria-hidden="true">
                      !
                    </span>{' '}
                    {t.timeline.call}
                  </dt>
                  <dd>
                    <Points points={s.call} refs={refs} />
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
        {t.tell.points.map((p) => (
          <p key={p.text} className="sheet-tell">
            <strong>{t.tell.label}</strong> <PointText point={p} refs={refs} />
          </p>
        ))}
        <p className="sheet-more no-print">
          <RichText text={t.more} locale={locale} />
        </p>
        <p className="sheet-print-footer print-only">{fillLabel(t.printFooter, { site: content.ui.site.name, url: `${site.url.replace(/^https?:\/\//, '')}${path}` })}</p>
      </section>

      <ToolReferences refs={refs} compact />
    </div>
  )
}

