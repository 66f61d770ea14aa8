#!/usr/bin/env node
/**
 * Tiny static server for the exported site: `node scripts/serve.mjs [dir] [port]`.
 * Maps /path/ to /path/index.html, serves 404.html with status 404, gzips text when asked.
 * Binds to 127.0.0.1 only.
 */
import http from 'node:http'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const root = path.resolve(process.argv[2] ?? 'out')
const port = Number(process.env.PORT ?? process.argv[3] ?? 3000)
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
}
const compressible = /^(text\/|application\/(json|xml|manifest)|image\/svg)/

function resolve(urlPath) {
  let p
  try {
    p = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  } catch {
    return null
  }
  const full = path.join(root, path.normalize(p).replace(/^(\.\.[/\\])+/, ''))
  if (!full.startsWith(root)) return null
  if (fs.existsSync(full) && fs.statSync(full).isDirectory()) {
    const index = path.join(full, 'index.html')
    return fs.existsSync(index) ? index : null
  }
  if (fs.existsSync(full)) return full
  if (fs.existsSync(`${full}.html`)) return `${full}.html`
  return null
}

const server = http.createServer((req, res) => {
  const url = req.url ?? '/'
  // /path without trailing slash → redirect like a static host would.
  const bare = url.split('?')[0] ?? '/'
  if (!bare.endsWith('/') && !path.extname(bare)) {
    const dir = path.join(root, bare)
    if (fs.existsSync(dir) && fs.statSync(dir).isDirectory()) {
      res.writeHead(308, { Location: `${bare}/${url.slice(bare.length)}` })
      return res.end()
    }
  }
  let file = resolve(url)
  let status = 200
  if (!file) {
    // The not-found page of the address's language (/fr/… → /fr/404.html) when there is one.
    const first = /^\/([a-z]{2,3})\//.exec(url)?.[1]
    const own = first ? path.join(root, first, '404.html') : ''
    file = own && fs.existsSync(own) ? own : path.join(root, '404.html')
    status = 404
  }
  const type = types[path.extname(file)] ?? 'application/octet-stream'
  const headers = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' }
  headers['Cache-Control'] = /\/_next\/static\//.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache'
  const body = fs.readFileSync(file)
  if (compressible.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    headers['Content-Encoding'] = 'gzip'
    headers.Vary = 'Accept-Encoding'
    res.writeHead(status, headers)
    return res.end(req.method === 'HEAD' ? undefined : zlib.gzipSync(body))
  }
  res.writeHead(status, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
})
server.listen(port, '127.0.0.1', () => console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://127.0.0.1:${port}/`))
