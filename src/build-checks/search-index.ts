/** Checks that every content page is findable, from the index Pagefind wrote. */
import { pageRecords } from '../search/fragments.ts';

/** Addresses of the pages in a written Pagefind bundle, as Pagefind records them ("/guidance/power/"). */
export function indexedUrls(bundleDir: string): Set<string> {
  const urls = new Set<string>();
  for (const record of pageRecords(bundleDir)) urls.add(record.url);
  return urls;
}

export function searchIndexProblems(expected: Map<string, string>, indexed: Set<string>): string[] {
  return [...expected]
    .filter(([url]) => !indexed.has(url))
    .map(([url, file]) => `${file}: its page ${url} is not in the search index. Its template must mark the content with data-pagefind-body.`);
}
