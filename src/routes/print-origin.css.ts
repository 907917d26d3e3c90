/**
 * The site's public origin as a CSS string, for print: links within the site
 * are printed with their full address after them (src/styles/site.css, print
 * styles), so a printed page's links can be typed in. Only pages of a site
 * with a public address (siteUrl) load it; without one there is nothing to
 * add, and links print as their paths.
 */
import type { APIRoute } from 'astro';
import { siteConfig } from '../config/site-config.ts';

// A URL's origin is scheme, host and port: ASCII (hosts in punycode) with no quote or backslash, so it needs no escaping in a CSS string.
const { siteUrl } = siteConfig();
const origin = siteUrl ? new URL(siteUrl).origin : '';

export const GET: APIRoute = () => new Response(origin ? `:root { --site-origin: "${origin}"; }\n` : '/* No public address (siteUrl) is set. */\n', { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
