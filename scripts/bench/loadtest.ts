/**
 * A bounded loopback load test: autocannon (pinned in devDependencies) run as a child process
 * against one URL on 127.0.0.1, a fixed number of connections for a fixed time, asking for
 * compressed responses like a browser. It stops by itself; a watchdog kills it if it does not.
 */
import { spawn } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'

export interface LoadResult {
  path: string
  connections: number
  durationS: number
  /** Average requests per second over the run. */
  requestsPerSec: number
  requests: number
  latencyMs: { p50: number; p90: number; p99: number; max: number }
  /** Average response bytes per second (as sent, i.e. compressed). */
  bytesPerSec: number
  /** Content-Encoding nginx chose for the Accept-Encoding sent. */
  contentEncoding: string
  /** Body bytes of one response, as sent. */
  responseBytes: number
  non2xx: number
  errors: number
  timeouts: number
}

export const ACCEPT_ENCODING = 'gzip, deflate, br'

/** One GET to see what encoding and size the server answers with. */
function probe(url: string): Promise<{ encoding: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { 'Accept-Encoding': ACCEPT_ENCODING } }, (res) => {
      let bytes = 0
      res.on('data', (d: Buffer) => (bytes += d.length))
      res.on('end', () => resolve({ encoding: String(res.headers['content-encoding'] ?? 'identity'), bytes }))
    })
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout: ${url}`)))
    req.on('error', reject)
  })
}

interface AutocannonJson {
  requests: { average: number; total: number }
  latency: { p50: number; p90: number; p99: number; max: number }
  throughput: { average: number }
  non2xx: number
  errors: number
  timeouts: number
}

/** Runs autocannon against http://127.0.0.1:<port><urlPath> (loopback only). */
export async function loadTest(root: string, port: number, urlPath: string, connections = 20, durationS = 8): Promise<LoadResult> {
  const url = `http://127.0.0.1:${port}${urlPath}`
  const { encoding, bytes } = await probe(url)
  const bin = path.join(root, 'node_modules', 'autocannon', 'autocannon.js')
  const args = [bin, '--json', '-c', String(connections), '-d', String(durationS), '-H', `Accept-Encoding=${ACCEPT_ENCODING}`, url]
  const json = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    const watchdog = setTimeout(() => child.kill('SIGKILL'), (durationS + 30) * 1000)
    child.on('close', (code) => {
      clearTimeout(watchdog)
      if (code === 0 && out.trim()) resolve(out)
      else reject(new Error(`autocannon exited ${code}: ${err.slice(-1000)}`))
    })
  })
  const r = JSON.parse(json) as AutocannonJson
  return {
    path: urlPath,
    connections,
    durationS,
    requestsPerSec: Math.round(r.requests.average * 10) / 10,
    requests: r.requests.total,
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
    bytesPerSec: Math.round(r.throughput.average),
    contentEncoding: encoding,
    responseBytes: bytes,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  }
}
