import { PageTop } from '@/components/layout/page-top'
import { RiskCallout } from '@/components/callout/risk-callout'
import { getContent } from '@/lib/content'
import { getTools, type ChecklistItem } from '@/lib/content/tools'
import { localizeHref } from '@/lib/content/links'
import { PrintButton } from './print-button'
import { RichText, inlineCites } from './rich-text'
import { Cite, citedIds, ToolReferences, toolRefs, type ToolRefs } from './tool-refs'
import './tool.css'

function Checklist({ items, refs, group, notes = false }: { items: readonly ChecklistItem[]; refs: ToolRefs; group: string; notes?: boolean }) {
  return (
    <ol className="checklist">
      {items.map((item) => {
        const boxId = `${group}-${item.id}`
        return (
          <li key={item.id} className="check-item">
            <input type="checkbox" id={boxId} name={boxId} className="check-box" aria-describedby={item.why ? `${boxId}-why` : undefined} />
            <div className="check-text">
              <label htmlFor={boxId} className="check-label">
                {item.text}
              </label>
              {item.why ? (
                <p id={`${boxId}-why`} className="check-why">
                  <RichText text={item.why} refs={refs} locale={refs.locale} />
                  <Cite refs={refs} ids={item.cites} />
                </p>
              ) : (
                <Cite refs={refs} ids={item.cites} />
              )}
              {notes ? <span className="check-notes print-only" aria-hidden="true" /> : null}
            </div>
          </li>
        )
      })}
    </ol>
  )
}

/** The printable consultation checklist; its words are in content/<locale>/tools/consultation-checklist.yaml. */
export function ConsultationChecklistPage({ locale }: { locale: string }) {
  const content = getContent(locale)
  const tools = getTools(locale)
  const t = tools.checklist
  const groups = [t.questions.items, t.health.items, t.redFlags.items]
  const refs = toolRefs(content, [...citedIds(...groups), ...inlineCites(...groups.flat().map((i) => i.why))], tools.index.references, locale)
  return (
    <div className="tool-page checklist-page">
      <PageTop
        content={content}
        path={localizeHref(locale, '/tools/consultation-checklist/')}
        crumbs={[{ href: localizeHref(locale, '/'), label: tools.index.home }, { href: localizeHref(locale, '/tools/'), label: tools.index.heading }, { label: t.breadcrumb }]}
      />
      <h1 className="page-title">{t.heading}</h1>
      <p className="lead">{t.lead}</p>
      <div className="tool-actions no-print">
        <PrintButton label={t.print} />
        <p className="tool-actions-note">{t.printNote}</p>
      </div>

      <section aria-labelledby="questions" className="tool-section">
        <h2 id="questions" className="section-title">
          {t.questions.heading}
        </h2>
        <p>
          <RichText text={t.questions.intro} locale={locale} />
        </p>
        <Checklist items={t.questions.items} refs={refs} group="ask" notes />
      </section>

      <section aria-labelledby="health" className="tool-section">
        <h2 id="health" className="section-title">
          {t.health.heading}
        </h2>
        <p>
          <RichText text={t.health.intro} locale={locale} />
        </p>
        <Checklist items={t.health.items} refs={refs} group="tell" />
        <RiskCallout level="info" title={t.health.notSure.title} headingLevel={3} ui={content.ui}>
          <p>{t.health.notSure.text}</p>
        </RiskCallout>
      </section>

      <section aria-labelledby="in-writing" className="tool-section">
        <h2 id="in-writing" className="section-title">
          {t.written.heading}
        </h2>
        <Checklist items={t.written.items} refs={refs} group="written" />
      </section>

      <section aria-labelledby="red-flags" className="tool-section">
        <h2 id="red-flags" className="section-title">
          {t.redFlags.heading}
        </h2>
        <ul className="plain-list red-flags">
          {t.redFlags.items.map((f) => (
            <li key={f.id}>
              <RichText text={f.text} refs={refs} locale={locale} />
              <Cite refs={refs} ids={f.cites} />
            </li>
          ))}
        </ul>
        <p className="no-print">
          <RichText text={t.redFlags.after} locale={locale} />
        </p>
      </section>

      <ToolReferences refs={refs} />
    </div>
  )
}
