/**
 * Post-export step (`postbuild`, after `next build` wrote out/):
 *  1. scans every exported HTML page for executable inline scripts (Next's RSC payload and
 *     bootstrap, our theme script), inline `<style>` elements and style attributes;
 *  2. builds each page's Content-Security-Policy with SHA-256 hashes (deploy/csp.ts);
 *  3. writes out/_headers (Netlify / Cloudflare Pages) and out/.nginx/csp-map.conf (the nginx
 *     include used by deploy/nginx.conf).
 * Usage: tsx scripts/postexport.ts [outDir]
 */
import fs from 'node:fs'
import path from 'node:path'
import { basePolicy, pagePolicy, scanHtml } from '../deploy/csp'
import { cloudflareWarnings, renderHeadersFile, renderNginxCspMap, type PageHeaders } from '../deploy/headers'

const outDir = path.resolve(process.argv[2] ?? 'out')
if (!fs.existsSync(path.join(outDir, 'index.html'))) {
  console.error(`postexport: ${path.relative(process.cwd(), outDir) || outDir}/index.html not found; run \`npm run build\` first.`)
  process.exit(1)
}

function htmlFiles(dir: string): string[] {
  const found: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== '_next' && !entry.name.startsWith('.')) found.push(...htmlFiles(full))
    } else if (entry.name.endsWith('.html')) found.push(full)
  }
  return found
}

/** `/faq/index.html` → `/faq/`; `/404.html` stays. */
const urlPathOf = (file: string) => (file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file)

const pagesForHeaders: PageHeaders[] = [] // production: with upgrade-insecure-requests
const pagesForNginx: PageHeaders[] = [] // nginx adds upgrade-insecure-requests itself on https
const styleInline: string[] = []
const problems: string[] = []
const allHashes = new Set<string>()
let largest = { path: '', length: 0, hashes: 0 }

for (const full of htmlFiles(outDir).sort()) {
  const file = `/${path.relative(outDir, full).split(path.sep).join('/')}`
  const scan = scanHtml(fs.readFileSync(full, 'utf8'))
  const prod = pagePolicy(scan, { upgradeInsecureRequests: true })
  const local = pagePolicy(scan)
  const urlPath = urlPathOf(file)
  pagesForHeaders.push({ path: urlPath, file, csp: prod.policy })
  pagesForNginx.push({ path: urlPath, file, csp: local.policy })
  prod.scriptHashes.forEach((h) => allHashes.add(h))
  if (prod.styleUnsafeInline) styleInline.push(`${urlPath} (${scan.styleAttributes} style attributes)`)
  if (scan.eventHandlers.length) problems.push(`${urlPath}: inline event handlers are blocked by the CSP: ${[...new Set(scan.eventHandlers)].join(', ')}`)
  if (scan.javascriptUrls) problems.push(`${urlPath}: ${scan.javascriptUrls} javascript: URLs are blocked by the CSP`)
  if (prod.policy.length > largest.length) largest = { path: urlPath, length: prod.policy.length, hashes: prod.scriptHashes.length }
}

fs.writeFileSync(path.join(outDir, '_headers'), renderHeadersFile(pagesForHeaders, basePolicy({ upgradeInsecureRequests: true })))
fs.mkdirSync(path.join(outDir, '.nginx'), { recursive: true })
fs.writeFileSync(path.join(outDir, '.nginx', 'csp-map.conf'), renderNginxCspMap(pagesForNginx, basePolicy()))

console.log(
  `postexport: CSP for ${pagesForHeaders.length} HTML files, ${allHashes.size} distinct inline-script hashes; ` +
    `largest policy ${largest.path} (${largest.hashes} hashes, ${largest.length} characters)`,
)
console.log(`postexport: wrote ${path.relative(process.cwd(), path.join(outDir, '_headers'))} and ${path.relative(process.cwd(), path.join(outDir, '.nginx', 'csp-map.conf'))}`)
if (styleInline.length) {
  console.warn(`postexport: warning: style-src 'unsafe-inline' needed for style attributes on ${styleInline.join(', ')}`)
} else {
  console.log(`postexport: no style attributes in the export, so style-src has no 'unsafe-inline'`)
}
for (const w of cloudflareWarnings(pagesForHeaders)) console.warn(`postexport: note for Cloudflare Pages: ${w}`)
for (const p of problems) console.warn(`postexport: warning: ${p}`)
