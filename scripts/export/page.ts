/**
 * One exported page, start to finish: strip the runtime (strip.ts), then add the theme script
 * at the top of `<head>` and the page's island modules at the end of `<head>` (islands.ts).
 * Pure: text in, text out.
 */
import { headTags, type IslandBundle } from './islands'
import { applyEdits, planStrip, type StripResult } from './strip'

export interface ProcessedPage {
  html: string
  removed: StripResult['removed']
  islands: string[]
}

export function processPage(html: string, file: string, bundle: IslandBundle): ProcessedPage {
  const plan = planStrip(html, file)
  const tags = headTags(bundle, plan.islands, file)
  const edits = [...plan.edits]
  if (tags.early) edits.push({ start: plan.headScriptAt, end: plan.headScriptAt, text: tags.early })
  if (tags.late) edits.push({ start: plan.headEnd, end: plan.headEnd, text: tags.late })
  return { html: applyEdits(html, edits), removed: plan.removed, islands: plan.islands }
}
