/**
 * The MDN HTTP Observatory grade of the export behind the production nginx config over HTTPS.
 *
 * Starts its own `TLS=1 npm run preview:nginx` (throwaway local CA, HTTP→HTTPS redirect) on two
 * free loopback ports (or NGINX_TLS_PORT / NGINX_TLS_HTTP_PORT), then runs the Observatory's
 * retriever and grader (tests/nginx/observatory-scan.mjs) in a child Node that trusts the CA.
 * Target: A+ with a score of at least 120 on every page scanned. Each Observatory test's result
 * is printed, and a miss names the tests that cost points.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import https from 'node:https'
import http from 'node:http'
import net from 'node:net'
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'

const ROOT = process.cwd()
const MIN_SCORE = 120
const ONE_YEAR = 31_536_000
const PAGES = ['/', '/articles/what-is-mesotherapy/', '/faq/', '/fr/', '/fr/faq/']

interface ObservatoryTest {
  result: string
  pass: boolean
  scoreModifier: number
  description?: string
}
interface ObservatoryResult {
  scan: { grade: string; score: number; url: string; statusCode: number; verified: boolean; testsPassed: number; testsQuantity: number }
  tests: Record<string, ObservatoryTest>
  error?: string
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

async function portFromEnv(name: string, other?: number): Promise<number> {
  const v = Number(process.env[name])
  if (Number.isInteger(v) && v > 0) return v
  for (;;) {
    const p = await freePort()
    if (p !== other) return p
  }
}

/** GET over HTTP(S) without following redirects; trusts `ca` for HTTPS. */
function get(url: string, ca?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const lib = url.startsWith('https:') ? https : http
    const req = lib.get(url, { ...(ca ? { ca } : {}), timeout: 10_000 }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }))
    })
    req.on('timeout', () => req.destroy(new Error(`timeout: ${url}`)))
    req.on('error', reject)
  })
}

let server: ChildProcess | undefined
let caFile = ''
let httpsPort = 0
let httpPort = 0

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(60_000)
  httpsPort = await portFromEnv('NGINX_TLS_PORT')
  httpPort = await portFromEnv('NGINX_TLS_HTTP_PORT', httpsPort)
  const child = spawn('node', [path.join(ROOT, 'scripts', 'preview-nginx.mjs')], {
    cwd: ROOT,
    env: { ...process.env, TLS: '1', PORT: String(httpsPort), HTTP_PORT: String(httpPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server = child
  let output = ''
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()))
  for (let i = 0; i < 150 && !caFile; i++) {
    caFile = /^CA: (.+)$/m.exec(output)?.[1]?.trim() ?? ''
    if (child.exitCode !== null) break
    if (!caFile) await new Promise((r) => setTimeout(r, 100))
  }
  if (!caFile) throw new Error(`TLS preview printed no "CA:" line:\n${output}`)
  const ca = fs.readFileSync(caFile, 'utf8')
  for (let i = 0; i < 100; i++) {
    try {
      if ((await get(`https://127.0.0.1:${httpsPort}/`, ca)).status === 200) return
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) break
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`TLS preview did not answer on https://127.0.0.1:${httpsPort}/:\n${output}`)
})

test.afterAll(async () => {
  const child = server
  if (!child || child.exitCode !== null) return
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 6000).unref()
  })
})

test('plain HTTP answers only with a 301 to the same path over HTTPS, without HSTS', async () => {
  const r = await get(`http://127.0.0.1:${httpPort}/faq/?q=pain`)
  expect(r.status).toBe(301)
  expect(r.headers.location).toBe(`https://127.0.0.1:${httpsPort}/faq/?q=pain`)
  expect(r.headers['strict-transport-security']).toBeUndefined()
})

test('HTTPS sends HSTS for at least a year, with includeSubDomains', async () => {
  const r = await get(`https://localhost:${httpsPort}/`, fs.readFileSync(caFile, 'utf8'))
  expect(r.status).toBe(200)
  const hsts = String(r.headers['strict-transport-security'] ?? '')
  const maxAge = Number(/max-age=(\d+)/i.exec(hsts)?.[1] ?? 0)
  expect(maxAge, `Strict-Transport-Security: ${hsts}`).toBeGreaterThanOrEqual(ONE_YEAR)
  expect(hsts).toMatch(/;\s*includeSubDomains/i)
})

for (const page of PAGES) {
  test(`MDN HTTP Observatory: A+ and at least ${MIN_SCORE} on ${page}`, async () => {
    // The scanner parses the page with jsdom: /faq/ takes 2–30 s depending on machine load.
    test.setTimeout(150_000)
    const run = spawnSync('node', [path.join(ROOT, 'tests', 'nginx', 'observatory-scan.mjs'), '127.0.0.1', String(httpsPort), String(httpPort), page], {
      cwd: ROOT,
      // The retriever's own request timeouts (10 s / 9 s by default) are raised for a busy machine.
      env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile, ABORT_TIMEOUT: '60000', CLIENT_TIMEOUT: '55000' },
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect(run.status, `scanner failed: ${run.stderr}${run.stdout}`).toBe(0)
    const result = JSON.parse(run.stdout) as ObservatoryResult
    const lines = Object.entries(result.tests).map(
      ([name, t]) => `  ${t.pass ? 'pass' : 'FAIL'} ${name}: ${t.result} (${t.scoreModifier >= 0 ? '+' : ''}${t.scoreModifier})${t.pass && t.scoreModifier >= 0 ? '' : ` ${t.description ?? ''}`}`,
    )
    console.log(`Observatory ${result.scan.url}: ${result.scan.grade}, ${result.scan.score} (${result.scan.testsPassed}/${result.scan.testsQuantity} tests passed)\n${lines.join('\n')}`)
    const why = lines.filter((l) => /FAIL|\(-|\(\+0\)/.test(l)).join('\n')
    expect(result.scan.verified, 'the scanner did not trust the preview certificate').toBe(true)
    expect(result.scan.score, `score below ${MIN_SCORE}; tests that gave no points:\n${why}`).toBeGreaterThanOrEqual(MIN_SCORE)
    expect(result.scan.grade, why).toBe('A+')
    expect(Object.entries(result.tests).filter(([, t]) => !t.pass).map(([n, t]) => `${n}: ${t.result}`)).toEqual([])
  })
}
