/**
 * The committed list of addresses the site has published. An address may
 * leave the site only through a redirect, so links in curricula, reading
 * lists and old e-mails keep working. Only removals are checked: a new page
 * needs no entry, so adding one never fails a pull request, and
 * `npm run urls:update` records new addresses from the sources whenever a
 * maintainer runs it.
 */
import { readFileSync } from 'node:fs';
import type { Problem } from '../citations/check.ts';
import { htmlPages } from '../links/check-links.ts';
import { checksGuide } from '../content-checks/report.ts';

export const publishedUrlsFile = 'content/published-urls.txt';

/** Each recorded address and its line in the file; blank lines and # comments are not addresses. */
function publishedUrlLines(text: string): { url: string; line: number }[] {
  return text.split('\n').flatMap((raw, index) => {
    const url = raw.trim();
    return url && !url.startsWith('#') ? [{ url, line: index + 1 }] : [];
  });
}

export function readPublishedUrls(file: string): string[] {
  return publishedUrlLines(readFileSync(file, 'utf8')).map(({ url }) => url);
}

/** Addresses of the pages a build produced (redirect pages included), without the 404 page. */
export function builtUrls(dir: string): string[] {
  return [...htmlPages(dir).keys()].filter((path) => path !== '/404.html').sort();
}

/** Published addresses that no page or redirect answers at any more. */
export function missingAddresses(published: string[], addresses: { has(address: string): boolean }): string[] {
  return published.filter((url) => !addresses.has(url));
}

/** Each published address the site would lose, at its line in content/published-urls.txt. */
export function lostAddressProblems(text: string, addresses: { has(address: string): boolean }): Problem[] {
  return publishedUrlLines(text)
    .filter(({ url }) => !addresses.has(url))
    .map(({ url, line }) => ({
      path: publishedUrlsFile,
      line,
      column: 1,
      message: `${url} was published, and no page or redirect has this address now. Add the old slug to redirectFrom in the page that took its place (${checksGuide()}, "Move or rename a page"); never delete this line.`,
    }));
}
