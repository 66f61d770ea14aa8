import { EVIDENCE_LEVELS, RISK_LEVELS } from './taxonomy'
import type { DisagreementData, GlossaryEntry, Price } from './schema'
import type { JsxTag } from './mdx-scan'

/** What the MDX checks need to know about the rest of the content. */
export interface ScanContext {
  sourceIds: ReadonlySet<string>
  disagreements: ReadonlyMap<string, DisagreementData>
  /** Disagreement ids in the order the hub shows them. */
  hubOrder: readonly string[]
  glossary: readonly GlossaryEntry[]
  /** The language's BCP 47 tag (glossary order). */
  lang?: string
  prices: readonly Price[]
  /** Extra sources cited by a diagram's caption, by component name. */
  diagramSources: Readonly<Record<string, readonly string[]>>
}

interface ComponentRule {
  /** Required attributes and the values allowed (undefined: any non-empty text). */
  required?: Record<string, readonly string[] | undefined>
  /** The source ids this tag cites, in the order it renders them. */
  cites?: (tag: JsxTag, ctx: ScanContext) => string[]
  /** Only allowed on the page with this slug. */
  onlyOn?: string
}

export function disagreementSources(d: DisagreementData): string[] {
  return [...d.positions.map((p) => p.source), ...d.verdictSources]
}

/** Glossary entries in the order the glossary page lists them (A–Z by term). */
export function sortedGlossary(entries: readonly GlossaryEntry[], lang = 'en'): GlossaryEntry[] {
  return [...entries].sort((a, b) => a.term.localeCompare(b.term, lang, { sensitivity: 'base' }))
}

/** The MDX components authors may use, with what each must carry. */
export const COMPONENT_RULES: Record<string, ComponentRule> = {
  Cite: { required: { id: undefined }, cites: (t) => [t.attrs.id ?? ''] },
  RiskCallout: { required: { level: RISK_LEVELS, title: undefined } },
  Evidence: { required: { level: EVIDENCE_LEVELS } },
  Disagreement: {
    required: { id: undefined },
    cites: (t, ctx) => {
      const d = ctx.disagreements.get(t.attrs.id ?? '')
      return d ? disagreementSources(d) : []
    },
  },
  Term: { required: { id: undefined } },
  Timeline: {},
  TimelineEvent: { required: { date: undefined, title: undefined } },
  GlossaryList: {
    onlyOn: 'glossary',
    cites: (_t, ctx) => sortedGlossary(ctx.glossary, ctx.lang).flatMap((g) => g.sources ?? []),
  },
  DisagreementHub: {
    onlyOn: 'where-sources-disagree',
    cites: (_t, ctx) => ctx.hubOrder.flatMap((id) => {
      const d = ctx.disagreements.get(id)
      return d ? disagreementSources(d) : []
    }),
  },
}

/** Registers a diagram component whose caption cites the given sources. */
export function ruleForDiagram(name: string, ctx: ScanContext): ComponentRule | undefined {
  const sources = ctx.diagramSources[name]
  return sources ? { cites: () => [...sources] } : undefined
}
