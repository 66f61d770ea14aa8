#!/usr/bin/env node
/**
 * `npm run preview:nginx`: serves the built out/ with the production nginx config
 * (deploy/nginx.conf) on http://127.0.0.1:$PORT/ (default 8080), in the foreground.
 * Builds nothing. Fills the config's placeholders into a temp folder (pid, temp files and the
 * config live there; nothing is written under /var) and removes it on exit. Ctrl+C stops it.
 *   PORT=8089 npm run preview:nginx
 *   NGINX_BIN=/usr/sbin/nginx (default: nginx on PATH, then /usr/sbin/nginx)
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { brotliAvailable, enableBrotli } from '../deploy/nginx-brotli.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const siteRoot = path.join(root, 'out')
const deployDir = path.join(root, 'deploy')
const port = Number(process.env.PORT ?? 8080)

function fail(message) {
  console.error(`preview:nginx: ${message}`)
  process.exit(1)
}

if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a port number, got "${process.env.PORT}"`)
if (!fs.existsSync(path.join(siteRoot, 'index.html'))) fail('out/index.html not found. Build the site first: npm run build')
if (!fs.existsSync(path.join(siteRoot, 'index.html.gz'))) {
  fail('out/index.html.gz not found (the postbuild step precompresses the export). Run: npm run build')
}

function findNginx() {
  const candidates = [process.env.NGINX_BIN, 'nginx', '/usr/sbin/nginx'].filter(Boolean)
  for (const bin of candidates) {
    const r = spawnSync(bin, ['-v'], { stdio: 'ignore' })
    if (!r.error && r.status === 0) return bin
  }
  return fail('nginx not found. Install it (Debian: apt-get install nginx-light or nginx) or set NGINX_BIN.')
}
const nginx = findNginx()

const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meso-nginx-'))
const values = { PORT: String(port), SITE_ROOT: siteRoot, DEPLOY_DIR: deployDir, RUN_DIR: runDir }
const template = fs.readFileSync(path.join(deployDir, 'nginx.conf'), 'utf8')
// Brotli lines switch on only where the module is installed (deploy/nginx-brotli.mjs).
const config = enableBrotli(template.replace(/\$\{(PORT|SITE_ROOT|DEPLOY_DIR|RUN_DIR)\}/g, (_, name) => values[name]))
const configFile = path.join(runDir, 'nginx.conf')
fs.writeFileSync(configFile, config)

let cleaned = false
function cleanup() {
  if (cleaned) return
  cleaned = true
  fs.rmSync(runDir, { recursive: true, force: true })
}

const args = ['-c', configFile, '-p', `${runDir}/`, '-e', 'stderr', '-g', 'daemon off;']
const test = spawnSync(nginx, ['-t', '-q', ...args], { encoding: 'utf8' })
if (test.status !== 0) {
  process.stderr.write(test.stderr || test.stdout || '')
  cleanup()
  fail(`nginx rejected the config (${configFile}); see above`)
}

const child = spawn(nginx, args, { stdio: ['ignore', 'inherit', 'inherit'] })
console.log(
  `preview:nginx: serving out/ with deploy/nginx.conf at http://127.0.0.1:${port}/ ` +
    `(${brotliAvailable() ? 'brotli and gzip' : 'gzip only: brotli module not installed'}; Ctrl+C to stop)`,
)

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
