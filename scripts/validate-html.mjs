#!/usr/bin/env node
/** Runs the W3C Nu HTML checker (vnu-jar) over every exported page; fails on any error. */
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import fs from 'node:fs'

const require = createRequire(import.meta.url)
const jar = require('vnu-jar')
const files = []
const walk = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`
    if (e.isDirectory()) walk(p)
    else if (e.name.endsWith('.html')) files.push(p)
  }
}
walk('out')
let output = ''
let failed = false
try {
  output = execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
} catch (e) {
  failed = true
  output = `${e.stdout ?? ''}${e.stderr ?? ''}`
}
let messages = []
try {
  messages = JSON.parse(output.trim() || '{"messages":[]}').messages ?? []
} catch {
  console.error(output)
  process.exit(1)
}
const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal')
for (const m of errors) console.error(`${(m.url ?? '').replace(/^file:.*?\/out\//, 'out/')}:${m.lastLine ?? '?'} ${m.message}`)
const result = { checked: files.length, errors: errors.length }
fs.mkdirSync('.ci-results', { recursive: true })
fs.writeFileSync('.ci-results/vnu.json', JSON.stringify(result))
console.log(`Nu HTML checker: ${files.length} pages, ${errors.length} errors`)
process.exit(errors.length || (failed && messages.length === 0) ? 1 : 0)
