/**
 * One visit per built page checks everything every page owes its readers:
 * WCAG 2.2 A/AA (axe-core), no request outside the site or to a missing
 * file, one h1, and no sideways scrolling on a 320 px screen.
 */
import { describe, expect, inject, it } from 'vitest';
import { builtPages, distDir } from './built-site.ts';
import { useChromium } from './chromium.ts';
import { visitAsReader } from './reader-visit.ts';

describe.skipIf(!inject('chromium'))('every built page', () => {
  const browser = useChromium();

  it.each(builtPages(distDir))('%s is accessible, self-contained and fits a 320 px screen', async (path) => {
    const { violations, outside, failed, headings, scrollWidth } = await visitAsReader(browser(), inject('siteOrigin'), path);
    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
    expect(headings).toBe(1);
    expect(scrollWidth).toBeLessThanOrEqual(320);
  });
});
