/**
 * The example site (src/create/starter/content/, the starter content), a small site on another topic
 * built with the same generator: every page owes its readers what the
 * flagship's do, search finds its pages, its own lists name its filters, and
 * nothing of the flagship's subject shows anywhere.
 */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtPages, projectRoot } from './built-site.ts';
import { useChromium } from './chromium.ts';
import { visitAsReader } from './reader-visit.ts';
import { topResults } from './search-page.ts';

const exampleDist = join(projectRoot, '.fixture-builds/example-site/dist');

describe.skipIf(!inject('chromium'))('the example site', () => {
  const browser = useChromium();
  const origin = () => inject('exampleOrigin');

  it.each(builtPages(exampleDist))("%s is accessible, self-contained, fits a 320 px screen and says nothing of the flagship's subject", async (path) => {
    const { violations, outside, failed, headings, scrollWidth, text } = await visitAsReader(browser(), origin(), path);
    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
    expect(headings).toBe(1);
    expect(scrollWidth).toBeLessThanOrEqual(320);
    expect(text).not.toMatch(/co-?produc/i);
  });

  it('claims nothing in its accessibility statement that its publisher has not written', async () => {
    const page = await browser().newPage();
    await page.goto(`${origin()}/accessibility/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('This website has not yet been assessed against it, so we cannot yet say how far it complies.');
    expect(text).toContain('This statement has not yet been reviewed by the site\'s publisher.');
    expect(text).not.toMatch(/axe-core|partially complies|2026/);
    // It has no CONTRIBUTING.md, so its About page does not send contributors to one; with no evidence summaries yet, it counts none.
    await page.goto(`${origin()}/about/`);
    expect(await page.locator('main').innerText()).not.toMatch(/CONTRIBUTING|built from 0 source/);
    await page.close();
  });

  it('finds its own pages in search, with filters named by its own lists and no form filter', async () => {
    const page = await browser().newPage();
    const results = await topResults(page, `${origin()}/search/?q=walking`);
    expect(results.map((url) => new URL(url, origin()).pathname)).toContain('/glossary/walking-aid/');
    const legends = await page.locator('#search-filters legend').allTextContents();
    expect(legends).toContain('Who it is for');
    expect(legends).toContain('Sector');
    // Its lists' names are not the generator's own ("Setting", the free-text setting of a case study).
    expect(new Set(legends).size).toBe(legends.length);
    expect(await page.locator('input[name="form"]').count()).toBe(0);
    await page.close();
  });
});
