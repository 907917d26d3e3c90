/**
 * After the build: every address the site ever published still answers, as
 * a page or a redirect. A new page needs no record (src/redirects/published-urls.ts).
 * Needs only the built site, not a browser.
 */
import { describe, expect, it } from 'vitest';
import { builtUrls, missingAddresses, publishedUrlsFile, readPublishedUrls } from '../../src/redirects/published-urls.ts';
import { distDir, projectRoot } from './built-site.ts';

describe('the knowledge base: its published addresses', () => {
  it('keeps every published address working: a moved page lists its old slug in redirectFrom', () => {
    expect(missingAddresses(readPublishedUrls(`${projectRoot}${publishedUrlsFile}`), new Set(builtUrls(distDir)))).toEqual([]);
  });
});
