/**
 * "Cite this page" is complete in every style: the page's address (its full
 * address when the site has one, else its path) and an access date, the day
 * the site was built. Reads the built sites; needs no browser to read them,
 * but the builds in other styles come from the browser tests' setup.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../../src/links/check-links.ts';
import { basePathDistDir, distDir, laterBuildDay, laterBuildStyle, otherStyles, styleDistDir, testBasePath, testSiteUrl } from './built-site.ts';
import { pageWith } from './pick-page.ts';

/** A page with the box; every build holds the same pages. Its address is letters, digits, hyphens and slashes, so it can stand in a pattern as it is. */
const { path: page } = pageWith('guidance', 'a "Cite this page" box', (html) => html.includes('class="cite-page__reference"'));
/** The cite box's reference, as text. */
const citation = (dir: string) => {
  const html = readFileSync(htmlPages(dir).get(page)!, 'utf8');
  const box = /<p class="cite-page__reference">(.*?)<\/p>/s.exec(html)![1]!;
  return box.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();
};
/** "3 December 2026" style day names, any day: the default build is dated the day it ran. */
const longDate = /\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;

describe('Cite this page', () => {
  it('in APA, gives the path without a public address and adds the access date, which the style leaves out of dated pages', () => {
    const text = citation(distDir);
    expect(text).toContain(` ${page}`);
    expect(text).toMatch(new RegExp(`${page} Accessed ${longDate.source}\\.$`));
  });

  it('in every other style, has the address and the access date in the style\'s own words', () => {
    if (!inject('chromium')) return; // The other builds are made by the browser tests' setup.
    const harvard = citation(styleDistDir(laterBuildStyle));
    expect(harvard).toContain(`Available at: ${page} (Accessed: 1 January 2100).`);
    expect(laterBuildDay.toISOString()).toBe('2100-01-01T00:00:00.000Z');
    for (const style of otherStyles.filter((each) => each !== laterBuildStyle)) expect(citation(styleDistDir(style))).toMatch(new RegExp(`\\[cited \\d{4} \\w{3} \\d{1,2}\\]\\. Available from: ${page}$`));
  });

  it('gives the full address when the site has one', () => {
    if (!inject('chromium')) return;
    expect(citation(basePathDistDir)).toContain(`${testSiteUrl}${testBasePath}${page.slice(1)} Accessed `);
  });
});
