/** Types for deploy/nginx-brotli.mjs (plain JS so scripts/preview-nginx.mjs runs it without a build step). */
export declare const BROTLI_STATIC_MODULE: string
export declare function brotliAvailable(modulePath?: string): boolean
export declare function enableBrotli(config: string, on?: boolean): string
