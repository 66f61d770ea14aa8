import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  NGINX_CHUNK,
  SECURITY_HEADERS,
  chunk,
  cloudflareWarnings,
  parseHeadersFile,
  renderHeadersFile,
  renderNginxCspMap,
  type PageHeaders,
} from '@/deploy/headers'
import { basePolicy, pagePolicy } from '@/deploy/csp'

const root = path.resolve(import.meta.dirname, '../../..')
const longPolicy = pagePolicy({ scripts: Array.from({ length: 120 }, (_, i) => `chunk(${i})`), styles: [], styleAttributes: 0 }).policy
const pages: PageHeaders[] = [
  { path: '/', file: '/index.html', csp: pagePolicy({ scripts: ['home()'], styles: [], styleAttributes: 0 }).policy },
  { path: '/faq/', file: '/faq/index.html', csp: longPolicy },
  { path: '/404.html', file: '/404.html', csp: pagePolicy({ scripts: ['nf()'], styles: [], styleAttributes: 0 }).policy },
]

describe('_headers file', () => {
  const rules = parseHeadersFile(renderHeadersFile(pages, basePolicy({ upgradeInsecureRequests: true })))

  it('sends every security header on /* and nothing that varies by page', () => {
    const all = rules.find((r) => r.path === '/*')
    expect(all?.headers).toEqual(SECURITY_HEADERS)
  })

  it('caches hashed build output for a year and pages for no time', () => {
    expect(rules.find((r) => r.path === '/_next/static/*')?.headers['Cache-Control']).toBe(CACHE_IMMUTABLE)
    for (const p of pages) expect(rules.find((r) => r.path === p.path)?.headers['Cache-Control']).toBe(CACHE_REVALIDATE)
  })

  it('gives each page its own CSP', () => {
    for (const p of pages) expect(rules.find((r) => r.path === p.path)?.headers['Content-Security-Policy']).toBe(p.csp)
  })

  it('never sets one header in two rules that match the same path (hosts would join them with a comma)', () => {
    const perPage = rules.filter((r) => r.path !== '/*')
    for (const r of perPage) {
      for (const name of Object.keys(r.headers)) expect(SECURITY_HEADERS[name], `${r.path} ${name}`).toBeUndefined()
    }
    // Page rules are exact paths, so only /* overlaps them (and /_next/static/* overlaps no page).
    expect(perPage.filter((r) => r.path.includes('*')).map((r) => r.path)).toEqual(['/_next/static/*'])
  })

  it('warns about Cloudflare Pages limits', () => {
    expect(cloudflareWarnings(pages)).toEqual([expect.stringContaining('/faq/: CSP line is')])
    expect(cloudflareWarnings(pages.slice(0, 1))).toEqual([])
  })
})

describe('nginx CSP map', () => {
  const conf = renderNginxCspMap(pages, basePolicy())

  /** Reassembles $site_csp for a key from the generated maps (what nginx will do). */
  function lookup(key: string): string {
    const maps = [...conf.matchAll(/map \$uri \$site_csp_(\d+) \{\n([\s\S]*?)\n\}/g)]
    return maps
      .map(([, , body]) => {
        const entries = new Map([...(body as string).matchAll(/^\s+("[^"]*"|default) "([^"]*)";$/gm)].map((m) => [m[1] as string, m[2] as string]))
        return entries.get(`"${key}"`) ?? entries.get('default') ?? ''
      })
      .join('')
  }

  it('maps both the file and the directory URL of a page to its policy', () => {
    for (const p of pages) {
      expect(lookup(p.file)).toBe(p.csp)
      expect(lookup(p.path)).toBe(p.csp)
    }
    expect(lookup('/_next/static/chunks/a.js')).toBe(basePolicy())
  })

  it('keeps every quoted value under nginx’s 4096-byte token limit', () => {
    expect(longPolicy.length).toBeGreaterThan(4096)
    for (const m of conf.matchAll(/"([^"]*)"/g)) expect((m[1] as string).length).toBeLessThanOrEqual(NGINX_CHUNK)
  })

  it('splits text into pieces that join back', () => {
    expect(chunk('abcdefg', 3)).toEqual(['abc', 'def', 'g'])
    expect(chunk('', 3)).toEqual([''])
  })
})

describe('deploy/nginx-security-headers.conf', () => {
  const conf = fs.readFileSync(path.join(root, 'deploy/nginx-security-headers.conf'), 'utf8')
  const headers = new Map([...conf.matchAll(/^add_header ([\w-]+) "?(.*?)"? always;$/gm)].map((m) => [m[1] as string, m[2] as string]))

  it('sends the same values as deploy/headers.ts, on every status', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers.get(name), name).toBe(value)
    for (const line of conf.split('\n').filter((l) => l.startsWith('add_header'))) expect(line).toMatch(/ always;$/)
  })

  it('sends the per-page CSP and cache header', () => {
    expect(headers.get('Content-Security-Policy')).toBe('$site_csp$site_csp_upgrade')
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

  const nginx = ['/usr/sbin/nginx', 'nginx'].find((bin) => !spawnSync(bin, ['-v']).error)
  it.skipIf(!nginx)('is accepted by nginx -t with a generated CSP map longer than one token', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-conf-test-'))
    try {
      const site = path.join(dir, 'out')
      fs.mkdirSync(path.join(site, '.nginx'), { recursive: true })
      fs.writeFileSync(path.join(site, 'index.html'), '<!DOCTYPE html><title>x</title>')
      fs.writeFileSync(path.join(site, '.nginx', 'csp-map.conf'), renderNginxCspMap(pages, basePolicy()))
      const values: Record<string, string> = { PORT: '65001', SITE_ROOT: site, DEPLOY_DIR: path.join(root, 'deploy'), RUN_DIR: dir }
      fs.writeFileSync(path.join(dir, 'nginx.conf'), template.replace(/\$\{([A-Z_]+)\}/g, (_, k: string) => values[k] ?? ''))
      const r = spawnSync(nginx as string, ['-t', '-c', path.join(dir, 'nginx.conf'), '-p', `${dir}/`, '-e', 'stderr', '-g', 'daemon off;'], { encoding: 'utf8' })
      expect(r.status, r.stderr).toBe(0)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
