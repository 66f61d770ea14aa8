/**
 * Writes lib/content/ui-text.generated.ts: the TypeScript type of the interface words, from the default
 * language's content/ui.yaml. Components use that type, so a key that does not exist fails the typecheck;
 * every other language's ui.yaml is checked against the same keys when content loads.
 * Runs before every build and typecheck (`npm run ui:types`); a test fails if the file is out of date.
 */
import fs from 'node:fs'
import path from 'node:path'
import { renderUiTypes } from '../../lib/content/ui-types'

const root = path.join(process.cwd(), 'content')
const out = path.join(process.cwd(), 'lib/content/ui-text.generated.ts')
const text = renderUiTypes(fs.readFileSync(path.join(root, 'ui.yaml'), 'utf8'))
if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== text) {
  fs.writeFileSync(out, text)
  console.log('ui-types: wrote lib/content/ui-text.generated.ts')
}
