/**
 * What the sitemap must list: every public page, and nothing else.
 *
 * The rule: a public page is an HTML page a search engine should send readers
 * to. Pages that ask search engines to skip them (<meta name="robots"
 * content="noindex">) are not public: the 404 page, the search page (its
 * results are other pages, already listed) and Astro's redirect pages for
 * moved addresses (engines should list the new address). Downloads (BibTeX,
 * RIS, CSL-JSON) and assets are files, not pages.
 *
 * The sitemap is written by @astrojs/sitemap with `sitemapFilter`; the build
 * then checks its list against the noindex marks in the built HTML, so a new
 * noindex page that the filter misses (or the reverse) stops the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Pages (addresses without the base path) the site marks noindex itself; redirect pages are added from the redirect list. */
export const unlistedPages = ['/404.html', '/404/', '/search/'] as const;

export function sitemapFilter(base: string, redirectSources: readonly string[]): (url: string) => boolean {
  const unlisted = new Set<string>([...unlistedPages, ...redirectSources]);
  return (url) => {
    const path = new URL(url).pathname;
    return !unlisted.has(path.startsWith(base) ? `/${path.slice(base.length)}` : path);
  };
}

const noindex = /<meta\s+name="robots"\s+content="[^"]*\bnoindex\b[^"]*"/i;

export function isPublicPage(html: string): boolean {
  return !noindex.test(html);
}

/** Addresses (without the base path) listed by the sitemap index in `dir` and the sitemaps it names. */
export function sitemapUrls(dir: string, base: string): string[] | undefined {
  const index = join(dir, 'sitemap-index.xml');
  if (!existsSync(index)) return undefined;
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&')).pathname);
  return locs(readFileSync(index, 'utf8')).flatMap((sitemap) => {
    const file = join(dir, sitemap.slice(base.length));
    return locs(readFileSync(file, 'utf8')).map((path) => `/${path.slice(base.length)}`);
  });
}

export function sitemapProblems(listed: string[], publicPages: string[]): string[] {
  const listedSet = new Set(listed);
  const publicSet = new Set(publicPages);
  return [
    ...publicPages.filter((page) => !listedSet.has(page)).map((page) => `${page} is a public page but the sitemap does not list it (see sitemapFilter in src/build-checks/sitemap.ts).`),
    ...listed.filter((page) => !publicSet.has(page)).map((page) => `the sitemap lists ${page}, which is not a public page (it is missing, or marked noindex).`),
    ...listed.filter((page, i) => listed.indexOf(page) !== i).map((page) => `the sitemap lists ${page} more than once.`),
  ];
}
