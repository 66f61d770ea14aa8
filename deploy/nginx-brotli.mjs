/**
 * Brotli for the nginx template (deploy/nginx.conf): lines starting with `#brotli# ` need the
 * ngx_brotli static module. enableBrotli() removes that prefix when the module file exists, so
 * the same template runs on a machine with the module (serves .br) and without it (serves .gz).
 * Debian package: libnginx-mod-http-brotli-static. Used by scripts/preview-nginx.mjs and tests.
 */
import fs from 'node:fs'

/** Where Debian's nginx packages put dynamic modules (the path in the template's load_module line). */
export const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'

/** True when the brotli static module is installed. */
export function brotliAvailable(modulePath = BROTLI_STATIC_MODULE) {
  return fs.existsSync(modulePath)
}

/** The config with the `#brotli# ` lines switched on (when `on`), else unchanged. */
export function enableBrotli(config, on = brotliAvailable()) {
  return on ? config.replace(/^(\s*)#brotli# /gm, '$1') : config
}
