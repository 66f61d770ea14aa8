/**
 * scripts/postexport.ts end to end on a small export made from a real Next.js page: what it
 * deletes, keeps and writes, and that it stops the build (exit 1, file and element named,
 * nothing written) when a page has something it does not know.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')
const fixtures = path.join(root, 'tests/fixtures/export')
const home = fs.readFileSync(path.join(fixtures, 'next-home.html'), 'utf8')
const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

/** A fake export: the real home page, its RSC files, runtime chunks, CSS, font and robots.txt. */
function makeExport(page = home): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'postexport-test-'))
  dirs.push(out)
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true })
    fs.writeFileSync(path.join(out, rel), text)
  }
  write('index.html', page)
  write('index.txt', '1:"$Sreact.fragment"\n')
  write('__next._tree.txt', ':HL["/_next/static/chunks/09nhgcnmez7hp.css","style"]\n')
  write('robots.txt', 'User-agent: *\nAllow: /\n')
  for (const m of page.matchAll(/\/_next\/static\/chunks\/([\w-]+\.js)/g)) write(`_next/static/chunks/${m[1]}`, 'self.x=1;'.repeat(50))
  write('_next/static/BUILD/_buildManifest.js', 'self.__BUILD_MANIFEST={}')
  write('_next/static/chunks/09nhgcnmez7hp.css', `body{font-family:x;src:url(../media/inter_latin_wght_normal-s.p.0gsaq8ukbf34m.woff2)}`)
  write('_next/static/media/inter_latin_wght_normal-s.p.0gsaq8ukbf34m.woff2', 'font')
  return out
}
const run = (out: string) =>
  spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/postexport.ts'), out, path.join(fixtures, 'islands')], {
    cwd: root,
    encoding: 'utf8',
  })
const files = (out: string) =>
  fs
    .readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(out, path.join(e.parentPath, e.name)))
    .sort()

describe('scripts/postexport.ts', () => {
  it('leaves plain HTML, island bundles, CSS, fonts, headers and compressed copies', () => {
    const out = makeExport(home.replace('</footer>', '</footer><p data-island="greet"></p>'))
    const r = run(out)
    expect(r.status, r.stderr).toBe(0)
    const left = files(out).filter((f) => !/\.(gz|br)$/.test(f))
    expect(left.filter((f) => !f.startsWith('_islands/'))).toEqual([
      '_headers',
      '_next/static/chunks/09nhgcnmez7hp.css',
      '_next/static/media/inter_latin_wght_normal-s.p.0gsaq8ukbf34m.woff2',
      'index.html',
      'robots.txt',
    ])
    const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8')
    expect(html).not.toMatch(/__next_f|\/_next\/static\/chunks\/[^"]+\.js/)
    expect(html).toMatch(/<script src="\/_islands\/theme-init-[A-Z0-9]+\.js"><\/script>/)
    expect(html).toMatch(/<script type="module" src="\/_islands\/greet-[A-Z0-9]+\.js"><\/script><\/head>/)
    expect(html).not.toContain('/_islands/counter-')
    for (const f of ['index.html', 'robots.txt', '_next/static/chunks/09nhgcnmez7hp.css']) {
      expect(fs.existsSync(path.join(out, `${f}.gz`)), `${f}.gz`).toBe(true)
      expect(fs.existsSync(path.join(out, `${f}.br`)), `${f}.br`).toBe(true)
    }
    expect(fs.existsSync(path.join(out, '_next/static/media/inter_latin_wght_normal-s.p.0gsaq8ukbf34m.woff2.gz'))).toBe(false)
    expect(r.stdout).toMatch(/deleted 2 RSC payload files .* and \d+ Next\.js scripts/)
  })

  it('stops the build on an unknown inline script, names it, and writes nothing', () => {
    const page = home.replace('</head>', `<script>window.tracker=1</script></head>`)
    const out = makeExport(page)
    const before = files(out)
    const r = run(out)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('build stopped: /index.html: <script>window.tracker=1: unknown inline script')
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe(page)
    expect(files(out).filter((f) => !f.startsWith('_islands/'))).toEqual(before)
  })

  it('stops the build on a streamed Suspense segment', () => {
    const out = makeExport(home.replace('</footer>', '</footer><!--$?--><template id="B:0"></template><!--/$--><div hidden id="S:0"><p>late</p></div>'))
    const r = run(out)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/build stopped: \/index\.html: <!--\$\?-->: a pending Suspense boundary/)
  })
})
