/**
 * Nothing on the site may leave its own origin: scripts, styles, data, images and the search index
 * all come from 'self'. Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval' (it allows
 * compiling wasm, not eval of strings). No inline scripts or styles exist (see astro.config.mjs).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");
