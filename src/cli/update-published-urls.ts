/**
 * evidence-site urls:update (npm run urls:update): records the site's addresses, worked out from the
 * sources (no build needed), in content/published-urls.txt. Addresses are
 * only ever added: one that disappears must get a redirect (redirectFrom in
 * the moved page's frontmatter), never be deleted from the list. Nothing
 * fails when a new page is not yet recorded; recording it means its address
 * is then kept for good.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { loadSiteConfig } from '../config/load-site-config.ts';
import { publishedUrlsFile, readPublishedUrls } from '../redirects/published-urls.ts';
import { checkSite } from './check-site.ts';

export async function run(): Promise<number> {
  await loadSiteConfig();
  const { errors, site } = checkSite({ today: new Date() });
  if (errors.length > 0) {
    console.error(`content/ has ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}: fix what \`npm run check\` reports first, then run this again.`);
    return 1;
  }
  const previous = existsSync(publishedUrlsFile) ? readPublishedUrls(publishedUrlsFile) : [];
  const all = [...new Set([...previous, ...[...site.pages.keys()].filter((address) => address !== '/404.html')])].sort();
  const header = [
    '# Every address this site has published, one per line, without the base path.',
    '# Tests fail if one disappears without a redirect. Never delete a line: when a page',
    '# moves, add its old slug to redirectFrom in the page. `npm run urls:update` adds new pages.',
  ];
  writeFileSync(publishedUrlsFile, `${[...header, ...all].join('\n')}\n`);
  console.log(`${publishedUrlsFile}: ${all.length} addresses (${all.length - previous.length} new).`);
  return 0;
}
