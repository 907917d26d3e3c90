/**
 * The HTTP headers the site should be served with: the one source of truth
 * for public/_headers and the server snippets in docs/security-headers/
 * (tests/security/headers.test.ts keeps them identical to this).
 *
 * The policy allows only the site's own files: pages load no inline script
 * or style and nothing from another origin. Pagefind compiles its search
 * engine from WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval':
 * JavaScript eval stays blocked). img-src allows data: URLs for small images
 * written into stylesheets. frame-ancestors 'none' stops other sites framing
 * the guide (clickjacking); X-Frame-Options says the same to older browsers.
 * The site writes no <base>, no <object> and no form that posts elsewhere
 * (its search form submits to its own page), so base-uri 'none', object-src
 * 'none' and form-action 'self' cost nothing and stop content that got past
 * the sanitiser from re-pointing every link, embedding a plugin or sending
 * what a reader types to another site.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  // Files are only ever what their Content-Type says (no MIME sniffing).
  'X-Content-Type-Options': 'nosniff',
  // Full addresses within the site; none to other sites, so intranet
  // addresses do not leak to publishers when a reader follows a DOI.
  'Referrer-Policy': 'same-origin',
  // The guide uses no device features; nothing embedded may ask for them.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};
