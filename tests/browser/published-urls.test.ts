/**
 * After the build: every address the site ever published still answers
 * (as a page or a redirect), and every new page has been recorded.
 * Needs only the built site, not a browser.
 */
import { describe, expect, it } from 'vitest';
import { builtUrls, compareWithPublished, publishedUrlsFile, readPublishedUrls } from '../../src/redirects/published-urls.ts';
import { distDir, projectRoot } from './built-site.ts';

describe('published addresses', () => {
  const { missing, unrecorded } = compareWithPublished(readPublishedUrls(`${projectRoot}${publishedUrlsFile}`), builtUrls(distDir));

  it('keeps every published address working: a moved page lists its old slug in redirectFrom', () => {
    expect(missing).toEqual([]);
  });

  it('records every page in content/published-urls.txt (npm run urls:update)', () => {
    expect(unrecorded).toEqual([]);
  });
});
