#!/usr/bin/env node
/**
 * Runs the MDN HTTP Observatory scanner (@mdn/mdn-http-observatory) against a local server on
 * non-default ports and prints the result as JSON on stdout.
 *
 *   NODE_EXTRA_CA_CERTS=<preview CA> node tests/nginx/observatory-scan.mjs 127.0.0.1 8443 8480 [/path]
 *
 * The package's scan() takes only a hostname (ports 80/443), so this does what scan() does with
 * the package's own retriever (which accepts httpPort/httpsPort) and grader. Trust for the
 * throwaway preview CA must come from NODE_EXTRA_CA_CERTS: Node reads it only at start, and the
 * retriever builds its own TLS agents. Without trust the scanner retries unverified and grades
 * "invalid certificate".
 *
 * The package's postinstall downloads the Chromium HSTS preload list into
 * conf/hsts-preload.json. Offline (and when npm skips the postinstall) the file is missing and
 * the scanner throws, so an empty list is written when it is absent: a local host is never
 * preloaded, and nothing is downloaded.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

const [host = '127.0.0.1', httpsPort, httpPort, urlPath = '/'] = process.argv.slice(2)
if (!httpsPort) {
  console.error('usage: node tests/nginx/observatory-scan.mjs <host> <https port> [<http port>] [<path>]')
  process.exit(2)
}

const require = createRequire(import.meta.url)
const pkgDir = path.dirname(require.resolve('@mdn/mdn-http-observatory/package.json'))
const preload = path.join(pkgDir, 'conf', 'hsts-preload.json')
if (!fs.existsSync(preload)) fs.writeFileSync(preload, '{}\n')

const load = (rel) => import(pathToFileURL(path.join(pkgDir, rel)).href)
const [{ retrieve }, { ALL_TESTS, NUM_TESTS, ALGORITHM_VERSION }, grader, { MINIMUM_SCORE_FOR_EXTRA_CREDIT }] = await Promise.all([
  load('src/retriever/retriever.js'),
  load('src/constants.js'),
  load('src/grader/grader.js'),
  load('src/grader/charts.js'),
])

const options = { httpsPort: Number(httpsPort), ...(httpPort ? { httpPort: Number(httpPort) } : {}), path: urlPath }
const r = await retrieve(host, options)
if (!r.responses.auto) {
  console.log(JSON.stringify({ error: `no response from ${host} on ports ${httpsPort}/${httpPort ?? '-'}` }))
  process.exit(1)
}

// The rest mirrors src/scanner/index.js (scan) of the package.
const results = ALL_TESTS.map((test) => test(r))
let passed = 0
let withExtraCredit = 100
let uncurved = 100
for (const result of results) {
  if (!result.result) continue
  result.scoreModifier = grader.getScoreModifier(result.result)
  result.scoreDescription = grader.getScoreDescription(result.result)
  passed += result.pass ? 1 : 0
  withExtraCredit += result.scoreModifier
  if (result.scoreModifier < 0) uncurved += result.scoreModifier
}
const final = grader.getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved)

const tests = Object.fromEntries(
  results.map((t) => [
    t.constructor.name,
    { result: t.result, pass: t.pass, scoreModifier: t.scoreModifier, description: t.scoreDescription?.replace(/<[^>]+>/g, '') },
  ]),
)
console.log(
  JSON.stringify(
    {
      scan: {
        algorithmVersion: ALGORITHM_VERSION,
        url: r.session?.url?.href,
        grade: final.grade,
        score: final.score,
        statusCode: r.responses.auto.status,
        verified: r.responses.auto.verified,
        testsPassed: passed,
        testsQuantity: NUM_TESTS,
        responseHeaders: r.responses.auto.headers,
      },
      tests,
    },
    null,
    2,
  ),
)
