import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { RiskCallout } from '@/components/callout/risk-callout'
import { PrintButton } from '@/components/tool/print-button'
import { Cite, citedIds, ToolReferences, toolRefs, type ToolRefs } from '@/components/tool/tool-refs'
import { getContent } from '@/lib/content'
import '@/components/tool/tool.css'

export const metadata: Metadata = {
  title: 'Consultation checklist: questions to ask before you book',
  description: 'A printable checklist for a mesotherapy consultation: questions to ask the practitioner and the health details to tell them.',
  alternates: { canonical: '/tools/consultation-checklist/' },
}

interface Item {
  id: string
  /** The checkbox label. */
  text: string
  /** Why it matters, in plain words; its health statements carry `cites`. */
  why?: ReactNode
  cites?: string[]
}

/** From "Questions to ask before you book" in the choosing-a-practitioner article. */
const QUESTIONS: Item[] = [
  {
    id: 'licence',
    text: 'Are you a licensed doctor? What training have you had in this treatment?',
    why: 'One group of doctors who practise mesotherapy says only a qualified doctor should do it.',
    cites: ['mammucari2011'],
  },
  {
    id: 'check-up',
    text: 'Will you check my health and make a diagnosis before you start?',
    why: 'The same group says treatment should follow a full check-up and a clear diagnosis.',
    cites: ['mammucari2012'],
  },
  { id: 'what', text: 'What exactly will you inject? Please write down each product, its maker and the dose.' },
  {
    id: 'licensed',
    text: 'Is each product licensed to be injected? Is any of it used off-label?',
    why: 'In France, a doctor must tell you when a drug is used for a purpose it is not licensed for.',
    cites: ['has2014'],
  },
  {
    id: 'mixed',
    text: 'Is anything mixed here in the room, or does it come ready-made from a pharmacy?',
    why: 'In France, mixing drugs on the spot is only legal in a pharmacy, not in a doctor’s office.',
    cites: ['has2014'],
  },
  {
    id: 'steroid',
    text: 'Does the mix contain a steroid?',
    why: 'Some mixes do, even though some practitioners say they never use one.',
    cites: ['costantino2011', 'sfm-text-quest-ce-que'],
  },
  {
    id: 'sterile',
    text: 'Are the needles and products sterile and used only once? How do you clean any device, and with what water?',
    why: 'Some skin infections were traced to the water used during the procedure.',
    cites: ['daniau2022'],
  },
  {
    id: 'evidence',
    text: 'What is the evidence that this works for my problem?',
    why: (
      <>
        Studies differ by use. See <Link href="/articles/evidence-and-regulation/">the evidence page</Link>.
      </>
    ),
  },
  {
    id: 'course',
    text: 'How many sessions will I need, and what will the whole course cost?',
    why: (
      <>
        There is no standard plan. Our <Link href="/tools/cost-estimator/">cost estimator</Link> can help you check a quote.
      </>
    ),
    cites: ['sivagnanam2010'],
  },
  {
    id: 'side-effects',
    text: 'What side effects have your own patients had? What should I do if I get a lump, pus or a rash?',
    why: 'Lumps, pus or sores can start days or weeks after a session.',
    cites: ['gutierrez2010'],
  },
  { id: 'who-pays', text: 'Who will treat me if something goes wrong, and who pays for it?' },
  { id: 'think', text: 'Can I take the written details home and think before I decide?' },
]

/** Health details, from the who-should-not-have-it article. */
const HEALTH: Item[] = [
  {
    id: 'medicines',
    text: 'All the medicines you take, including vitamins, supplements and herbal products.',
    why: 'The mix itself may contain real medicines, such as a steroid, so it may add to what you already take.',
    cites: ['costantino2011'],
  },
  {
    id: 'blood-thinners',
    text: 'Blood thinners, or any other medicine that thins your blood.',
    why: 'Bruising and bleeding are known side effects. A device seller lists blood thinners as a reason not to have it. Do not stop any medicine on your own: ask the doctor who prescribed it first.',
    cites: ['faetani2021', 'seed002'],
  },
  {
    id: 'bleeding',
    text: 'Bleeding problems, or if you bruise or bleed easily.',
    why: 'The same seller lists bleeding disorders too. No study has looked at this, but expect more bruising.',
    cites: ['seed002'],
  },
  {
    id: 'allergies',
    text: 'Allergies to anything, including numbing drugs such as lidocaine.',
    why: 'Allergic reactions have been reported, including one death from a severe reaction. Many mixes include a numbing drug.',
    cites: ['has2014', 'jayasinghe2013'],
  },
  {
    id: 'past-reactions',
    text: 'Any past reaction to an injection, a numbing drug or a skin treatment.',
    why: 'Some people react to one of the injected products. Ask for the name of every product and check it against past reactions.',
    cites: ['has2014'],
  },
  {
    id: 'pregnancy',
    text: 'If you are pregnant or breastfeeding.',
    why: 'Nobody knows if it is safe at these times. A database on drugs in breastfeeding found no published data. The careful choice is to wait.',
    cites: ['e-lactancia-meso'],
  },
  {
    id: 'skin-infection',
    text: 'A skin infection, or broken or inflamed skin, where you would be treated.',
    why: 'Wait until the skin has healed. Injections already carry a proven risk of infection.',
    cites: ['has2014'],
  },
  {
    id: 'long-term',
    text: 'Any long-term illness, an autoimmune disease, or medicines that weaken your body’s defences.',
    why: 'A device seller lists autoimmune disease as a reason not to have it, without saying why. Talk to your own doctor first.',
    cites: ['seed002'],
  },
]

/** What to get in writing, from the practitioner, cost and aftercare articles. */
const WRITTEN: Item[] = [
  { id: 'w-products', text: 'The name, maker and dose of each product.' },
  { id: 'w-price', text: 'A price for the whole course, including the first visit and any top-ups.' },
  { id: 'w-aftercare', text: 'Aftercare advice for the days after each session.' },
  { id: 'w-problems', text: 'Who to contact, and who treats you, if something goes wrong.' },
]

const RED_FLAGS: Item[] = [
  { id: 'rf-licence', text: 'The person cannot show a medical licence, or will not say who will inject you.' },
  { id: 'rf-place', text: 'The treatment is offered at home, at a party or in a place that is not a clinic.', cites: ['ctsi2025-uk'] },
  { id: 'rf-questions', text: 'No one asks about your health, your medicines or your allergies.' },
  { id: 'rf-mix', text: 'You cannot get a list of what goes into the mix.' },
  {
    id: 'rf-claims',
    text: 'The ads promise fat loss or no risk. The US drug regulator sent warning letters to spas over claims like “safe and effective”.',
    cites: ['fda2010-lipodissolve'],
  },
  { id: 'rf-rush', text: 'You feel rushed to pay for a package on the day.' },
]

function Checklist({ items, refs, group, notes = false }: { items: Item[]; refs: ToolRefs; group: string; notes?: boolean }) {
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
                  {item.why}
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

export default function ConsultationChecklistPage() {
  const content = getContent()
  const refs = toolRefs(content, citedIds(QUESTIONS, HEALTH, RED_FLAGS))
  return (
    <div className="tool-page checklist-page">
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { href: '/tools/', label: 'Tools' }, { label: 'Consultation checklist' }]} />
      <h1 className="page-title">Consultation checklist</h1>
      <p className="lead">
        Questions to ask before you book mesotherapy, and the health details to tell the practitioner. Print it, tick as you go, and take it
        with you.
      </p>
      <div className="tool-actions no-print">
        <PrintButton label="Print this checklist" />
        <p className="tool-actions-note">Ticks are not saved. Tick the boxes before you print, or print a blank copy.</p>
      </div>

      <section aria-labelledby="questions" className="tool-section">
        <h2 id="questions" className="section-title">
          Questions to ask the practitioner
        </h2>
        <p>
          These come from our page on <Link href="/articles/choosing-a-practitioner/">choosing a practitioner</Link>. Tick each one once you
          have a clear answer.
        </p>
        <Checklist items={QUESTIONS} refs={refs} group="ask" notes />
      </section>

      <section aria-labelledby="health" className="tool-section">
        <h2 id="health" className="section-title">
          Health details to tell them
        </h2>
        <p>
          Bring a list. These points come from our page on <Link href="/articles/who-should-not-have-it/">who should not have mesotherapy</Link>
          .
        </p>
        <Checklist items={HEALTH} refs={refs} group="tell" />
        <RiskCallout level="info" title="If you are not sure" headingLevel={3}>
          <p>
            No list can cover every health problem. If you have a long-term illness, take regular medicines, or are pregnant or
            breastfeeding, ask your own doctor before you book. Your doctor knows your health. A clinic that sells the treatment may not.
          </p>
        </RiskCallout>
      </section>

      <section aria-labelledby="in-writing" className="tool-section">
        <h2 id="in-writing" className="section-title">
          Get these in writing before you pay
        </h2>
        <Checklist items={WRITTEN} refs={refs} group="written" />
      </section>

      <section aria-labelledby="red-flags" className="tool-section">
        <h2 id="red-flags" className="section-title">
          Red flags: think twice, or walk away
        </h2>
        <ul className="plain-list red-flags">
          {RED_FLAGS.map((f) => (
            <li key={f.id}>
              {f.text}
              <Cite refs={refs} ids={f.cites} />
            </li>
          ))}
        </ul>
        <p className="no-print">
          After a session, keep our <Link href="/tools/aftercare-sheet/">one-page aftercare sheet</Link> at hand.
        </p>
      </section>

      <ToolReferences refs={refs} />
    </div>
  )
}
