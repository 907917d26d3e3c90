/**
 * One visit per built page checks everything every page owes its readers:
 * WCAG 2.2 A/AA (axe-core), no request outside the site or to a missing
 * file, one h1, and no sideways scrolling on a 320 px screen.
 */
import { describe, expect, inject, it } from 'vitest';
import { builtPages, distDir } from './built-site.ts';
import { axeViolations } from './axe.ts';
import { useChromium } from './chromium.ts';

describe.skipIf(!inject('chromium'))('every built page', () => {
  const browser = useChromium();

  it.each(builtPages(distDir))('%s is accessible, self-contained and fits a 320 px screen', async (path) => {
    const page = await browser().newPage({ viewport: { width: 320, height: 640 } });
    const origin = inject('siteOrigin');
    const outside: string[] = [];
    const failed: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin)) outside.push(request.url());
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && response.url() !== origin + path) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(origin + path, { waitUntil: 'networkidle' });

    const headings = await page.locator('h1').count();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    const violations = await axeViolations(page);
    await page.close();

    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
    expect(headings).toBe(1);
    expect(scrollWidth).toBeLessThanOrEqual(320);
  });
});
