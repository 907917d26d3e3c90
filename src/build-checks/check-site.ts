/**
 * The guarantees a finished build must meet, checked on dist/ before it can
 * ship: every content file has its page, every content page is in the search
 * index, and the sitemap (when the site has a public URL) lists exactly the
 * public pages. Internal links are checked separately (src/links/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elementIds, htmlPages } from '../links/check-links.ts';
import { StringPool } from '../lib/string-pool.ts';
import { siteRoutes } from '../lib/routes.ts';
import { contentPageProblems, readContentEntries } from './content-pages.ts';
import { indexedUrls, searchIndexProblems } from './search-index.ts';
import { isPublicPage, sitemapProblems, sitemapUrls } from './sitemap.ts';

export interface SiteCheck {
  /** The built site. */
  dir: string;
  /** The site's base path ("/" or "/kb/"). */
  base: string;
  contentDir: string;
  /** Whether a sitemap must exist (it needs the site's public URL). */
  expectSitemap: boolean;
}

export function siteProblems({ dir, base, contentDir, expectSitemap }: SiteCheck): string[] {
  // Built pages are addressed without the base path, so the routes are taken under "/".
  const { entryRoutes } = siteRoutes('/');
  const collections = Object.keys(entryRoutes) as (keyof typeof entryRoutes)[];
  const entries = readContentEntries(contentDir, collections);
  const urlOf = (entry: { collection: string; id: string }) => entryRoutes[entry.collection as keyof typeof entryRoutes](entry.id);
  // Each page is read once and only what the checks need is kept, its ids as
  // copies in a pool: every page's HTML held at once was the build's peak
  // memory at 10,000 pages.
  const ids = new Map<string, Set<string>>();
  const publicPages: string[] = [];
  const pool = new StringPool();
  for (const [page, file] of htmlPages(dir)) {
    const text = readFileSync(file, 'utf8');
    ids.set(page, elementIds(text, pool));
    if (isPublicPage(text)) publicPages.push(page);
  }
  const problems = contentPageProblems(entries, urlOf, ids);

  const contentPages = new Map<string, string>();
  for (const entry of entries) {
    const page = urlOf(entry).split('#')[0]!;
    // A page that was not built is reported above, not again as missing from the index.
    if (ids.has(page)) contentPages.set(page, entry.file);
  }
  problems.push(...searchIndexProblems(contentPages, indexedUrls(join(dir, 'pagefind'))));

  const listed = sitemapUrls(dir, base);
  if (expectSitemap && !listed) problems.push('the site has a public URL but no sitemap-index.xml was written.');
  if (!expectSitemap && listed) problems.push('a sitemap was written for a site without a public URL (siteUrl / SITE_URL).');
  if (listed) problems.push(...sitemapProblems(listed, publicPages));
  return problems;
}
