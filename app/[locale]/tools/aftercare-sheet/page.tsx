import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { RiskCallout } from '@/components/callout/risk-callout'
import { PrintButton } from '@/components/tool/print-button'
import { Cite, citedIds, ToolReferences, toolRefs, type ToolRefs } from '@/components/tool/tool-refs'
import { getContent } from '@/lib/content'
import { site } from '@/lib/site'
import '@/components/tool/tool.css'

export const metadata: Metadata = {
  title: 'Aftercare sheet: the days and weeks after mesotherapy',
  description: 'A one-page, printable aftercare sheet: what to expect after mesotherapy, what to do, warning signs and when to get urgent help.',
  alternates: { canonical: '/tools/aftercare-sheet/' },
}

interface Point {
  text: string
  cites?: string[]
}

interface Stage {
  id: string
  when: string
  expect: Point[]
  todo: Point[]
  call: Point[]
}

/** From the aftercare and risks articles (content/articles/aftercare.mdx, risks-and-side-effects.mdx). */
const STAGES: Stage[] = [
  {
    id: 'hours',
    when: 'First hours',
    expect: [
      {
        text: 'Some pain, small spots of blood, redness and swelling at the needle marks. Some people feel numb, tired or sick, or get a headache.',
        cites: ['faetani2021'],
      },
    ],
    todo: [
      { text: 'Leave the area alone. Touch it only with clean hands.', cites: ['simplyaesthetics-aftercare'] },
      { text: 'One clinic says not to wash it for 8 hours.', cites: ['innatebeauty-aftercare'] },
    ],
    call: [{ text: 'Any sign of a severe allergy: get help now (see the box above).', cites: ['has2014'] }],
  },
  {
    id: 'day',
    when: 'First day',
    expect: [{ text: 'The area may still be sore, bruised and a little swollen.', cites: ['faetani2021'] }],
    todo: [
      { text: 'Do not pick scabs. This can cause scars or colour changes, says one clinic.', cites: ['simplyaesthetics-aftercare'] },
      { text: 'One article says no massage and no long soaks for 24 hours.', cites: ['seed004'] },
    ],
    call: [{ text: 'Pain that gets much worse instead of better. In trials, side effects were mild and short-lived.', cites: ['faetani2021'] }],
  },
  {
    id: 'two-days',
    when: '48 hours',
    expect: [{ text: 'Some soreness, bruising, mild swelling and redness are still normal in the first days.', cites: ['faetani2021'] }],
    todo: [
      { text: 'One clinic lifts its limits on exercise and hot baths now.', cites: ['innatebeauty-aftercare'] },
      { text: 'Another says no sauna for 72 hours, and no sun on treated body areas for at least 10 days.', cites: ['simplyaesthetics-aftercare'] },
    ],
    call: [{ text: 'Redness or swelling that is getting worse, not better.', cites: ['faetani2021'] }],
  },
  {
    id: 'week',
    when: 'First week',
    expect: [{ text: 'Bruises fade. No source we found says how long this takes.', cites: ['faetani2021'] }],
    todo: [{ text: 'One clinic says to stay out of the sun until bruises fade.', cites: ['innatebeauty-aftercare'] }],
    call: [
      {
        text: 'Itchy, painful or blistering patches, small lumps or redness at the needle marks. This can be a late allergy.',
        cites: ['cordoba2017', 'innatebeauty-aftercare'],
      },
    ],
  },
  {
    id: 'weeks',
    when: 'Weeks after',
    expect: [
      {
        text: 'Some infections start late. In one outbreak, painful lumps appeared 7 to 20 days after the injections.',
        cites: ['gutierrez2010'],
      },
    ],
    todo: [
      { text: 'Keep checking the needle marks for several weeks.', cites: ['gutierrez2010'] },
      { text: 'One clinic says no peels, laser or other beauty treatments on the area for 14 days.', cites: ['simplyaesthetics-aftercare'] },
    ],
    call: [
      { text: 'A lump that hurts or grows, pus, or a sore that does not heal.', cites: ['gutierrez2010'] },
      { text: 'You may have no fever even when it is serious.', cites: ['singsing2022'] },
    ],
  },
]

const URGENT: Point[] = [
  { text: 'These can be signs of a severe allergic reaction. One death from such a reaction after mesotherapy has been reported.', cites: ['has2014'] },
  {
    text: 'Get care the same day for a lump that is red, hot, painful, growing or full of pus, or for redness that spreads fast. Do not wait for a fever: most people with these infections do not have one, and the lump can start weeks after the session.',
    cites: ['singsing2022', 'gutierrez2010'],
  },
  {
    text: 'Also get care the same day if you feel very unwell. Any injection can let germs in.',
    cites: ['has2014'],
  },
]

const INTRO: Point[] = [
  {
    text: 'Clinics give different aftercare rules, and we found no aftercare guideline based on evidence. A society of mesotherapy doctors, whose members give the treatment, published its own international guidelines in 2025. We could not read their aftercare advice in full.',
    cites: ['mammucari2025-consensus'],
  },
]

const TELL: Point[] = [
  {
    text: 'Tell the doctor that you had mesotherapy, when and where, and bring the product names. If lumps do not get better with standard antibiotics, doctors should test for special germs.',
    cites: ['garcia2010-colombia'],
  },
]

function Points({ points, refs }: { points: Point[]; refs: ToolRefs }) {
  if (points.length === 1) {
    const p = points[0]
    return p ? (
      <p>
        {p.text}
        <Cite refs={refs} ids={p.cites} />
      </p>
    ) : null
  }
  return (
    <ul>
      {points.map((p) => (
        <li key={p.text}>
          {p.text}
          <Cite refs={refs} ids={p.cites} />
        </li>
      ))}
    </ul>
  )
}

const DETAILS = [
  { id: 'session-date', label: 'Date of the session' },
  { id: 'clinic', label: 'Clinic and practitioner' },
  { id: 'phone', label: 'Practitioner’s phone number' },
  { id: 'products', label: 'Products used' },
] as const

export default function AftercareSheetPage() {
  const content = getContent()
  const refs = toolRefs(
    content,
    citedIds(
      URGENT,
      INTRO,
      STAGES.flatMap((s) => [...s.expect, ...s.todo, ...s.call]),
      TELL,
    ),
  )
  return (
    <div className="tool-page aftercare-sheet">
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { href: '/tools/', label: 'Tools' }, { label: 'Aftercare sheet' }]} />
      <h1 className="page-title">Aftercare sheet</h1>
      <p className="lead sheet-lead">
        What to expect in the days and weeks after mesotherapy, and when to get help. It fits on one printed page. Your practitioner&rsquo;s
        own written advice comes first.
      </p>
      <div className="tool-actions no-print">
        <PrintButton label="Print this sheet" />
        <p className="tool-actions-note">
          You can fill in your details below before you print. Nothing you type is saved or sent.
        </p>
      </div>

      <RiskCallout level="urgent" title="Emergency signs after a session" headingLevel={2}>
        <p>Call your local emergency number if you have:</p>
        <ul>
          <li>trouble breathing, wheezing or a tight throat</li>
          <li>swelling of your face, lips, tongue or throat</li>
          <li>a feeling that you might faint</li>
        </ul>
        {URGENT.map((p) => (
          <p key={p.text}>
            {p.text}
            <Cite refs={refs} ids={p.cites} />
          </p>
        ))}
      </RiskCallout>

      <section aria-labelledby="my-details" className="sheet-details">
        <h2 id="my-details" className="sheet-h2">
          My details
        </h2>
        <div className="sheet-details-grid">
          {DETAILS.map((d) => (
            <div key={d.id} className="sheet-field">
              <label htmlFor={`sheet-${d.id}`}>{d.label}</label>
              <input id={`sheet-${d.id}`} name={d.id} type="text" autoComplete="off" className="sheet-input" />
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="timeline" className="sheet-timeline">
        <h2 id="timeline" className="sheet-h2">
          Step by step
        </h2>
        <p className="sheet-intro">
          {INTRO.map((p) => (
            <span key={p.text}>
              {p.text}
              <Cite refs={refs} ids={p.cites} />
            </span>
          ))}{' '}
          The times are a rough guide, not a rule.
        </p>
        <ol className="stages">
          {STAGES.map((s) => (
            <li key={s.id} className="stage">
              <h3 id={`stage-${s.id}`} className="stage-when">
                {s.when}
              </h3>
              <dl className="stage-grid">
                <div className="stage-cell stage-expect">
                  <dt>What to expect</dt>
                  <dd>
                    <Points points={s.expect} refs={refs} />
                  </dd>
                </div>
                <div className="stage-cell stage-todo">
                  <dt>What to do</dt>
                  <dd>
                    <Points points={s.todo} refs={refs} />
                  </dd>
                </div>
                <div className="stage-cell stage-call">
                  <dt>
                    <span className="stage-call-mark" aria-hidden="true">
                      !
                    </span>{' '}
                    Call your practitioner or doctor if
                  </dt>
                  <dd>
                    <Points points={s.call} refs={refs} />
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
        {TELL.map((p) => (
          <p key={p.text} className="sheet-tell">
            <strong>If you see a doctor:</strong> {p.text}
            <Cite refs={refs} ids={p.cites} />
          </p>
        ))}
        <p className="sheet-more no-print">
          More detail: <Link href="/articles/aftercare/">aftercare after mesotherapy</Link> and{' '}
          <Link href="/articles/risks-and-side-effects/">risks and side effects</Link>.
        </p>
        <p className="sheet-print-footer print-only">
          Not medical advice. From {site.name}: {site.url.replace(/^https?:\/\//, '')}/tools/aftercare-sheet/ (sources in full at /sources/).
        </p>
      </section>

      <ToolReferences refs={refs} compact />
    </div>
  )
}
