/**
 * Checks every internal link in a built site: the page it points to exists,
 * and so does its #fragment. Works on the HTML Astro wrote, so it catches
 * links from content, templates and generated lists alike.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isExternal, linkProblem, type LinkTargets } from './resolve.ts';
import { StringPool } from '../lib/string-pool.ts';

export interface BrokenLink {
  /** URL path of the page holding the link, without the base path ("/guidance/power/"). */
  page: string;
  href: string;
  /** What is wrong and what to write instead (src/links/resolve.ts). */
  reason: string;
}

const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'g');
const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&#x26;/g, '&');

/** Every HTML page in `dir`, as its URL path ("/", "/guidance/power/", "/404.html") and file. */
export function htmlPages(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of readdirSync(dir, { recursive: true }) as string[]) {
    if (!file.endsWith('.html') || file.split(sep)[0] === 'pagefind') continue;
    const path = `/${relative(dir, join(dir, file)).split(sep).join('/')}`;
    pages.set(path.replace(/(^|\/)index\.html$/, '$1'), join(dir, file));
  }
  return pages;
}

/**
 * The element ids in a page's HTML, decoded. Ids kept past the page's own
 * check go through a pool, which keeps them without the page (string-pool.ts).
 */
export function elementIds(html: string, pool?: StringPool): Set<string> {
  return new Set([...html.matchAll(attribute('id'))].map((m) => (pool ? pool.intern(decode(m[1]!)) : decode(m[1]!))));
}

export function checkLinks(dir: string, base = '/'): BrokenLink[] {
  const pages = htmlPages(dir);
  // Each page is read once and only its ids and links kept, as copies in a
  // pool: holding every page's HTML at once cost 1.1 GB at 10,000 pages.
  const ids = new Map<string, Set<string>>();
  const links = new Map<string, string[]>();
  const pool = new StringPool();
  for (const [path, file] of pages) {
    const text = readFileSync(file, 'utf8');
    ids.set(path, elementIds(text, pool));
    links.set(path, [...text.matchAll(/<a\s[^>]*?href="([^"]*)"/g)].map((match) => pool.intern(decode(match[1]!))));
  }
  const targets: LinkTargets = { idsOn: (path) => ids.get(path), hasFile: (path) => existsSync(join(dir, path)), addresses: [...pages.keys()] };
  return [...links].flatMap(([page, hrefs]) =>
    hrefs.flatMap((href) => {
      const reason = isExternal(href) ? undefined : linkProblem(href, page, base, targets);
      return reason ? [{ page, href, reason }] : [];
    }),
  );
}
