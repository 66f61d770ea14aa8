#!/usr/bin/env node
/**
 * `npm run preview:nginx`: serves the built out/ with the production nginx config
 * (deploy/nginx.conf) on http://127.0.0.1:$PORT/ (default 8080), in the foreground.
 * Builds nothing. Fills the config's placeholders into a temp folder (pid, temp files and the
 * config live there; nothing is written under /var) and removes it on exit. Ctrl+C stops it.
 *   PORT=8089 npm run preview:nginx
 *   NGINX_BIN=/usr/sbin/nginx (default: nginx on PATH, then /usr/sbin/nginx)
 *   SITE_DIR=/some/copy/of/out (default: out/; the benchmark serves a scriptless copy this way)
 *
 * HTTPS, as in production (HSTS, HTTP→HTTPS redirect):
 *   TLS=1 PORT=8443 HTTP_PORT=8480 npm run preview:nginx
 * serves https://127.0.0.1:$PORT/ and answers plain http://127.0.0.1:$HTTP_PORT/ with a 301 to
 * the same path over HTTPS (no other headers, so HSTS only ever arrives over HTTPS). The
 * certificate comes from a throwaway certificate authority made with openssl at start, in the
 * temp folder (deleted on exit, never committed): a CA key and certificate, and a server
 * certificate for 127.0.0.1 and localhost signed by it. One line `CA: <path>` names the CA
 * certificate; trust it for the run (e.g. NODE_EXTRA_CA_CERTS=<path> for Node, or curl --cacert).
 * Without HTTP_PORT only HTTPS is served.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const siteRoot = path.resolve(process.env.SITE_DIR || path.join(root, 'out'))
const deployDir = path.join(root, 'deploy')
const tls = process.env.TLS === '1' || process.env.TLS === 'true'
const port = Number(process.env.PORT ?? 8080)
const httpPort = tls && process.env.HTTP_PORT ? Number(process.env.HTTP_PORT) : undefined

function fail(message) {
  console.error(`preview:nginx: ${message}`)
  process.exit(1)
}

const isPort = (p) => Number.isInteger(p) && p >= 1 && p <= 65535
if (!isPort(port)) fail(`PORT must be a port number, got "${process.env.PORT}"`)
if (httpPort !== undefined && (!isPort(httpPort) || httpPort === port)) fail(`HTTP_PORT must be a port number other than PORT, got "${process.env.HTTP_PORT}"`)
if (!fs.existsSync(path.join(siteRoot, 'index.html'))) fail(`${path.relative(root, siteRoot) || siteRoot}/index.html not found. Build the site first: npm run build`)

const template = fs.readFileSync(path.join(deployDir, 'nginx.conf'), 'utf8')
// The per-page CSP map exists only while the config includes it (a site-wide CSP needs none).
const usesCspMap = template.split('\n').some((line) => !line.trim().startsWith('#') && line.includes('.nginx/csp-map.conf'))
if (usesCspMap && !fs.existsSync(path.join(siteRoot, '.nginx', 'csp-map.conf'))) {
  fail('out/.nginx/csp-map.conf not found (written by the postbuild step). Run: npm run build')
}
// Brotli (deploy/nginx-brotli.mjs, where the pipeline provides it): `#brotli# ` lines of the
// template switch on only where the nginx module is installed. Without that file: no brotli.
const brotliFile = path.join(deployDir, 'nginx-brotli.mjs')
const brotli = fs.existsSync(brotliFile) ? await import(new URL(`file://${brotliFile}`).href) : undefined
if (brotli && !fs.existsSync(path.join(siteRoot, 'index.html.gz'))) {
  fail('out/index.html.gz not found (the postbuild step precompresses the export). Run: npm run build')
}

function findNginx() {
  const candidates = [process.env.NGINX_BIN, 'nginx', '/usr/sbin/nginx'].filter(Boolean)
  for (const bin of candidates) {
    const r = spawnSync(bin, ['-v'], { encoding: 'utf8' })
    if (!r.error && r.status === 0) return { bin, version: /nginx\/(\d+)\.(\d+)\.(\d+)/.exec(`${r.stderr}${r.stdout}`)?.slice(1).map(Number) ?? [0, 0, 0] }
  }
  return fail('nginx not found. Install it (Debian: apt-get install nginx-light or nginx) or set NGINX_BIN.')
}
const nginx = findNginx()

const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meso-nginx-'))
let cleaned = false
function cleanup() {
  if (cleaned) return
  cleaned = true
  fs.rmSync(runDir, { recursive: true, force: true })
}

/** A throwaway CA and a server certificate for 127.0.0.1 / localhost signed by it (openssl). */
function makeCertificates(dir) {
  const f = (name) => path.join(dir, name)
  const run = (args) => {
    const r = spawnSync('openssl', args, { encoding: 'utf8' })
    if (r.error || r.status !== 0) {
      cleanup()
      fail(`openssl ${args[0]} failed: ${r.error?.message ?? r.stderr}`)
    }
  }
  const ecKey = (file) => run(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', file])
  ecKey(f('ca.key'))
  run(['req', '-x509', '-new', '-key', f('ca.key'), '-sha256', '-days', '2', '-subj', '/CN=Mesotherapy Facts preview CA (throwaway)',
    '-addext', 'basicConstraints=critical,CA:TRUE,pathlen:0', '-addext', 'keyUsage=critical,keyCertSign,cRLSign', '-out', f('ca.crt')])
  ecKey(f('server.key'))
  run(['req', '-new', '-key', f('server.key'), '-subj', '/CN=localhost', '-out', f('server.csr')])
  fs.writeFileSync(f('server.ext'), [
    'basicConstraints=critical,CA:FALSE',
    'keyUsage=critical,digitalSignature',
    'extendedKeyUsage=serverAuth',
    'subjectAltName=IP:127.0.0.1,DNS:localhost',
    '',
  ].join('\n'))
  run(['x509', '-req', '-in', f('server.csr'), '-CA', f('ca.crt'), '-CAkey', f('ca.key'), '-CAcreateserial', '-sha256', '-days', '2', '-extfile', f('server.ext'), '-out', f('server.crt')])
  fs.rmSync(f('ca.key')) // nothing else is ever signed with it
  return { ca: f('ca.crt'), cert: f('server.crt'), key: f('server.key') }
}

const values = { PORT: String(port), SITE_ROOT: siteRoot, DEPLOY_DIR: deployDir, RUN_DIR: runDir }
let config = template.replace(/\$\{(PORT|SITE_ROOT|DEPLOY_DIR|RUN_DIR)\}/g, (_, name) => values[name])
if (brotli) config = brotli.enableBrotli(config)
const compression = !brotli ? '' : brotli.brotliAvailable() ? ' (brotli and gzip)' : ' (gzip only: brotli module not installed)'

let certs
if (tls) {
  certs = makeCertificates(runDir)
  // The template listens on plain HTTP; swap that one line for the TLS listener.
  const listen = new RegExp(`^(\\s*)listen 127\\.0\\.0\\.1:${port};\\s*$`, 'm')
  const matches = config.match(new RegExp(listen.source, 'gm')) ?? []
  if (matches.length !== 1) {
    cleanup()
    fail(`TLS=1: expected one line "listen 127.0.0.1:\${PORT};" in deploy/nginx.conf, found ${matches.length}`)
  }
  const [major, minor, patch] = nginx.version
  const http2Directive = major > 1 || minor > 25 || (minor === 25 && patch >= 1) // `http2 on;` since 1.25.1
  config = config.replace(listen, (_, indent) =>
    [
      `listen 127.0.0.1:${port} ssl${http2Directive ? '' : ' http2'};`,
      ...(http2Directive ? ['http2 on;'] : []),
      `ssl_certificate ${certs.cert};`,
      `ssl_certificate_key ${certs.key};`,
      'ssl_protocols TLSv1.2 TLSv1.3;',
      'ssl_session_cache shared:PreviewSSL:1m;',
    ]
      .map((l) => `${indent}${l}`)
      .join('\n'),
  )
  if (httpPort !== undefined) {
    // Plain HTTP: only a redirect to the same host and path over HTTPS (no HSTS over HTTP).
    const redirect = [
      '',
      '    # Added by scripts/preview-nginx.mjs (TLS=1): plain HTTP redirects to HTTPS.',
      '    server {',
      `        listen 127.0.0.1:${httpPort};`,
      '        server_name localhost;',
      `        return 301 https://$host:${port}$request_uri;`,
      '    }',
      '}',
    ].join('\n')
    const end = config.lastIndexOf('}')
    config = `${config.slice(0, end).trimEnd()}\n${redirect}\n`
  }
}

const configFile = path.join(runDir, 'nginx.conf')
fs.writeFileSync(configFile, config)

const args = ['-c', configFile, '-p', `${runDir}/`, '-e', 'stderr', '-g', 'daemon off;']
const test = spawnSync(nginx.bin, ['-t', '-q', ...args], { encoding: 'utf8' })
if (test.status !== 0) {
  process.stderr.write(test.stderr || test.stdout || '')
  cleanup()
  fail(`nginx rejected the config (${configFile}); see above`)
}

const child = spawn(nginx.bin, args, { stdio: ['ignore', 'inherit', 'inherit'] })
const shown = path.relative(root, siteRoot) || siteRoot
if (tls) {
  console.log(`CA: ${certs.ca}`)
  console.log(
    `preview:nginx: serving ${shown}/ with deploy/nginx.conf at https://127.0.0.1:${port}/${compression}` +
      `${httpPort !== undefined ? ` (http://127.0.0.1:${httpPort}/ redirects there)` : ''} (Ctrl+C to stop)`,
  )
} else {
  console.log(`preview:nginx: serving ${shown}/ with deploy/nginx.conf at http://127.0.0.1:${port}/${compression} (Ctrl+C to stop)`)
}

let stopping = false
function stop(signal) {
  if (stopping) return
  stopping = true
  // SIGQUIT = graceful shutdown for nginx; Ctrl+C also reaches nginx directly (same process group).
  if (child.exitCode === null) child.kill(signal === 'SIGINT' ? 'SIGQUIT' : 'SIGTERM')
  setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 5000).unref()
}
process.on('SIGINT', () => stop('SIGINT'))
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGHUP', () => stop('SIGTERM'))
process.on('exit', cleanup)

child.on('error', (err) => {
  cleanup()
  fail(`could not start nginx: ${err.message}`)
})
child.on('exit', (code, signal) => {
  cleanup()
  if (stopping) {
    console.log('preview:nginx: stopped')
    process.exit(0)
  }
  console.error(`preview:nginx: nginx exited (${signal ?? `code ${code}`})`)
  process.exit(code ?? 1)
})
