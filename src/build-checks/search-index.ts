/**
 * Reads back the search index Pagefind wrote, so the build can check that
 * every content page is findable. A fragment file is gzip holding a
 * "pagefind_dcd" signature and JSON: one page's record, or (on large sites,
 * where Pagefind groups fragments) an object of records by hash.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const signature = 'pagefind_dcd';

/** Addresses of the pages in a written Pagefind bundle, as Pagefind records them ("/guidance/power/"). */
export function indexedUrls(bundleDir: string): Set<string> {
  const fragmentDir = join(bundleDir, 'fragment');
  const urls = new Set<string>();
  for (const name of readdirSync(fragmentDir).filter((n) => n.endsWith('.pf_fragment'))) {
    const data = gunzipSync(readFileSync(join(fragmentDir, name))).toString('utf8');
    if (!data.startsWith(signature)) throw new Error(`${join(fragmentDir, name)} is not a Pagefind fragment this check can read (Pagefind's format may have changed).`);
    const parsed = JSON.parse(data.slice(signature.length)) as { url?: unknown } | Record<string, { url: string }>;
    const records = typeof parsed.url === 'string' ? [parsed as { url: string }] : Object.values(parsed as Record<string, { url: string }>);
    for (const record of records) urls.add(record.url);
  }
  return urls;
}

export function searchIndexProblems(expected: Map<string, string>, indexed: Set<string>): string[] {
  return [...expected]
    .filter(([url]) => !indexed.has(url))
    .map(([url, file]) => `${file}: its page ${url} is not in the search index. Its template must mark the content with data-pagefind-body.`);
}
