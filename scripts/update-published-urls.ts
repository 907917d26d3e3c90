/**
 * npm run urls:update — records the addresses of a fresh build in
 * content/published-urls.txt. Addresses are only ever added: one that
 * disappears must get a redirect (redirectFrom in the moved page's
 * frontmatter), never be deleted from the list.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { builtUrls, publishedUrlsFile, readPublishedUrls } from '../src/redirects/published-urls.ts';

if (!existsSync('dist/index.html')) {
  console.error('Build the site first (npm run build), then run this again.');
  process.exit(1);
}
const previous = existsSync(publishedUrlsFile) ? readPublishedUrls(publishedUrlsFile) : [];
const all = [...new Set([...previous, ...builtUrls('dist')])].sort();
const header = [
  '# Every address this site has published, one per line, without the base path.',
  '# Tests fail if one disappears without a redirect. Never delete a line: when a page',
  '# moves, add its old slug to redirectFrom in the page. `npm run urls:update` adds new pages.',
];
writeFileSync(publishedUrlsFile, `${[...header, ...all].join('\n')}\n`);
console.log(`${publishedUrlsFile}: ${all.length} addresses (${all.length - previous.length} new).`);
