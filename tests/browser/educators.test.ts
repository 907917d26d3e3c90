import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium.ts';

const page = '/guidance/power/';

describe.skipIf(!inject('chromium'))('what educators need from a page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('offers a citation of the page as selectable text, with BibTeX and RIS downloads', async () => {
    const tab = await browser.newPage();
    await tab.goto(inject('siteOrigin') + page);
    const box = tab.getByRole('region', { name: 'Cite this page' });
    const reference = await box.locator('.cite-page__reference').textContent();
    expect(reference).toContain('Co-production Knowledge Base contributors');
    expect(reference).toContain('(2026, November 23)');
    expect(reference).toContain('Power in co-production');
    const bibtex = await tab.request.get(new URL((await box.getByRole('link', { name: 'BibTeX' }).getAttribute('href'))!, tab.url()).href);
    expect(bibtex.status()).toBe(200);
    expect(await bibtex.text()).toMatch(/^@misc\{kb_guidance_power,/);
    const ris = await tab.request.get(new URL((await box.getByRole('link', { name: 'RIS' }).getAttribute('href'))!, tab.url()).href);
    expect(await ris.text()).toContain('TI  - Power in co-production');
    await tab.close();
  });

  it('gives every section heading a stable anchor with a named link a keyboard user can reach', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${inject('siteOrigin')}${page}#in-practice`);
    const anchors = await tab.locator('article .heading-wrapper').evaluateAll((wrappers) =>
      wrappers.map((wrapper) => ({ id: wrapper.querySelector('h2, h3, h4')?.id, href: wrapper.querySelector('a.heading-anchor')?.getAttribute('href') })),
    );
    expect(anchors.length).toBeGreaterThan(3);
    for (const { id, href } of anchors) expect(href).toBe(`#${id}`);
    expect(await tab.locator('#in-practice').isVisible()).toBe(true);
    const link = tab.getByRole('link', { name: 'Link to this section: In practice' });
    await link.focus();
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
    await tab.close();
  });

  it('prints without navigation, search or previews, keeping citations, references and the cite box', async () => {
    const tab = await browser.newPage();
    await tab.goto(inject('siteOrigin') + page);
    await tab.emulateMedia({ media: 'print' });
    const hidden = async (selector: string) => tab.locator(selector).first().evaluate((element) => getComputedStyle(element).display === 'none');
    expect(await hidden('.site-nav')).toBe(true);
    expect(await hidden('.search-form')).toBe(true);
    expect(await hidden('.heading-anchor')).toBe(true);
    expect(await hidden('.skip-link')).toBe(true);
    expect(await tab.locator('.cite__link').first().isVisible()).toBe(true);
    expect(await tab.locator('#page-references').isVisible()).toBe(true);
    expect(await tab.locator('#cite-this-page').isVisible()).toBe(true);
    await tab.close();
  });
});
