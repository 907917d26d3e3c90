/**
 * Reads back the page records Pagefind wrote, for the build's checks and the
 * "did you mean" word list. A fragment file is gzip holding a "pagefind_dcd"
 * signature and JSON: one page's record, or (on large sites, where Pagefind
 * groups fragments) an object of records by hash.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const signature = 'pagefind_dcd';

export interface PageRecord {
  url: string;
  content: string;
  meta?: Record<string, string>;
}

/**
 * Every page record in a written Pagefind bundle, in file-name order so two
 * builds read them alike; one fragment at a time, since a site of 10,000
 * pages holds its whole text in them.
 */
export function* pageRecords(bundleDir: string): Generator<PageRecord> {
  const fragmentDir = join(bundleDir, 'fragment');
  const names = readdirSync(fragmentDir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .sort();
  for (const name of names) {
    const data = gunzipSync(readFileSync(join(fragmentDir, name))).toString('utf8');
    if (!data.startsWith(signature)) throw new Error(`${join(fragmentDir, name)} is not a Pagefind fragment this build can read (Pagefind's format may have changed).`);
    const parsed = JSON.parse(data.slice(signature.length)) as PageRecord | Record<string, PageRecord>;
    yield* typeof parsed.url === 'string' ? [parsed as PageRecord] : Object.values(parsed as Record<string, PageRecord>);
  }
}
