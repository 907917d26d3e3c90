/**
 * The committed list of every address the site has published. An address
 * may leave the site only through a redirect, so links in curricula, reading
 * lists and old e-mails keep working.
 */
import { readFileSync } from 'node:fs';
import { htmlPages } from '../links/check-links.ts';

export const publishedUrlsFile = 'content/published-urls.txt';

export function readPublishedUrls(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** Addresses of the pages a build produced (redirect pages included), without the 404 page. */
export function builtUrls(dir: string): string[] {
  return [...htmlPages(dir).keys()].filter((path) => path !== '/404.html').sort();
}

export function compareWithPublished(published: string[], built: string[]) {
  const builtSet = new Set(built);
  const publishedSet = new Set(published);
  return {
    /** Published addresses that now lead nowhere. */
    missing: published.filter((url) => !builtSet.has(url)),
    /** New addresses not yet recorded. */
    unrecorded: built.filter((url) => !publishedSet.has(url)),
  };
}
