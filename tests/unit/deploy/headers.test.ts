import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CACHE_IMMUTABLE, IMMUTABLE_PREFIXES, SECURITY_HEADERS, parseHeadersFile, renderHeadersFile } from '@/deploy/headers'
import { sitePolicy } from '@/deploy/csp'
import { BROTLI_STATIC_MODULE, brotliAvailable, enableBrotli } from '@/deploy/nginx-brotli.mjs'

const root = path.resolve(import.meta.dirname, '../../..')

describe('_headers file', () => {
  const csp = sitePolicy({ upgradeInsecureRequests: true })
  const rules = parseHeadersFile(renderHeadersFile(csp))

  it('sends every security header and the one site-wide CSP on /*', () => {
    const all = rules.find((r) => r.path === '/*')
    expect(all?.headers).toEqual({ ...SECURITY_HEADERS, 'Content-Security-Policy': csp })
  })

  it('caches content-hashed files for a year and leaves pages to the host default (revalidate)', () => {
    for (const prefix of IMMUTABLE_PREFIXES) expect(rules.find((r) => r.path === `${prefix}*`)?.headers).toEqual({ 'Cache-Control': CACHE_IMMUTABLE })
    expect(rules.map((r) => r.path)).toEqual(['/*', '/_next/static/*', '/_islands/*'])
  })

  it('never sets one header in two rules that match the same path (hosts would join them with a comma)', () => {
    const all = Object.keys(rules.find((r) => r.path === '/*')?.headers ?? {})
    // The prefix rules do not overlap each other; each overlaps only /*.
    for (const r of rules.filter((x) => x.path !== '/*')) {
      for (const name of Object.keys(r.headers)) expect(all, `${r.path} ${name}`).not.toContain(name)
    }
  })
})

describe('deploy/nginx-security-headers.conf', () => {
  const conf = fs.readFileSync(path.join(root, 'deploy/nginx-security-headers.conf'), 'utf8')
  const headers = new Map([...conf.matchAll(/^add_header ([\w-]+) "?(.*?)"? always;$/gm)].map((m) => [m[1] as string, m[2] as string]))

  it('sends the same values as deploy/headers.ts, on every status', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers.get(name), name).toBe(value)
    for (const line of conf.split('\n').filter((l) => l.startsWith('add_header'))) expect(line).toMatch(/ always;$/)
  })

  it('sends the site-wide CSP (upgrade-insecure-requests added on https) and the cache header', () => {
    expect(headers.get('Content-Security-Policy')).toBe(`${sitePolicy()}$site_csp_upgrade`)
    expect(headers.get('Cache-Control')).toBe('$site_cache_control')
  })
})

describe('deploy/nginx.conf', () => {
  const template = fs.readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8')
  const placeholders = new Set([...template.matchAll(/\$\{([A-Z_]+)\}/g)].map((m) => m[1]))

  it('uses only the four documented placeholders', () => {
    expect([...placeholders].sort()).toEqual(['DEPLOY_DIR', 'PORT', 'RUN_DIR', 'SITE_ROOT'])
  })

  it('has no add_header inside a location (it would drop the inherited security headers)', () => {
    expect(template.split('\n').filter((l) => /^\s*add_header/.test(l))).toEqual([])
  })

  it('marks the brotli lines, which only deploy/nginx-brotli.mjs switches on', () => {
    expect(template).toContain(`#brotli# load_module ${BROTLI_STATIC_MODULE};`)
    expect(template).toMatch(/^\s*#brotli# brotli_static on;$/m)
    expect(template).toMatch(/^\s*gzip_static on;$/m)
    expect(enableBrotli(template, false)).toBe(template)
    const on = enableBrotli(template, true)
    expect(on).not.toMatch(/^\s*#brotli# /m)
    expect(on).toMatch(/^load_module /m)
    expect(on).toMatch(/^\s*brotli_static on;$/m)
  })

  it('caches the island bundles as immutable and never falls back to a page for them', () => {
    expect(template).toMatch(/~\^\/_islands\/\s+"public, max-age=31536000, immutable";/)
    expect(template).toMatch(/location \^~ \/_islands\/ \{\s+try_files \$uri =404;/)
  })

  const nginx = ['/usr/sbin/nginx', 'nginx'].find((bin) => !spawnSync(bin, ['-v']).error)
  const accepts = (config: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-conf-test-'))
    try {
      const site = path.join(dir, 'out')
      fs.mkdirSync(site, { recursive: true })
      fs.writeFileSync(path.join(site, 'index.html'), '<!DOCTYPE html><title>x</title>')
      const values: Record<string, string> = { PORT: '65001', SITE_ROOT: site, DEPLOY_DIR: path.join(root, 'deploy'), RUN_DIR: dir }
      fs.writeFileSync(path.join(dir, 'nginx.conf'), config.replace(/\$\{([A-Z_]+)\}/g, (_, k: string) => values[k] ?? ''))
      return spawnSync(nginx as string, ['-t', '-c', path.join(dir, 'nginx.conf'), '-p', `${dir}/`, '-e', 'stderr', '-g', 'daemon off;'], { encoding: 'utf8' })
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
  it.skipIf(!nginx)('is accepted by nginx -t without the brotli module', () => {
    const r = accepts(enableBrotli(template, false))
    expect(r.status, r.stderr).toBe(0)
  })
  it.skipIf(!nginx || !brotliAvailable())('is accepted by nginx -t with the brotli module loaded', () => {
    const r = accepts(enableBrotli(template, true))
    expect(r.status, r.stderr).toBe(0)
  })
})
