/**
 * Printing: the whole guide on one page holds every guidance page and each
 * cited work once; printed references show their DOI once; links within the
 * site print their full address when the site has one; the printed guide
 * ends on a page with something on it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../../src/links/check-links.ts';
import { distDir, testBasePath, testSiteUrl } from './built-site.ts';
import { useChromium } from './chromium.ts';
import { linksToGuidance, pageWith, referencesDoi, titleOf } from './pick-page.ts';

const guidance = [...htmlPages(distDir)].filter(([path]) => /^\/guidance\/[^/]+\/$/.test(path)).map(([path, file]) => ({ path, html: readFileSync(file, 'utf8') }));
/** A guidance page whose printed text has a link within the site and a reference with a DOI. */
const { path: printable } = pageWith('guidance', 'a link to another guidance page and a reference with a DOI', (html) => linksToGuidance(html) && referencesDoi(html));
/** The works a page's own reference list holds. */
const referenced = (html: string) => [...html.matchAll(/<li id="ref-([^"]+)"/g)].map((match) => match[1]!);

/** Number of pages in a PDF, and whether its last page has any text on it (a page with text carries a font). */
async function printed(tab: Page) {
  const pdf = (await tab.pdf({ format: 'A4' })).toString('latin1');
  const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const last = (await tab.pdf({ format: 'A4', pageRanges: String(pages) })).toString('latin1');
  return { pages, lastHasText: /\/Font\b/.test(last) };
}

describe.skipIf(!inject('chromium'))('the whole guide, to print', () => {
  const browser = useChromium();

  it('holds every guidance page, in the order of the guidance index, each once', async () => {
    const tab = await browser().newPage();
    await tab.goto(`${inject('siteOrigin')}/print/`);
    const parts = await tab.locator('.printed-guide__page > h3').allTextContents();
    expect([...parts].sort()).toEqual(guidance.map((page) => titleOf(page.html)).sort());
    await tab.goto(`${inject('siteOrigin')}/guidance/`);
    const index = await tab.locator('main .entry-list__title a').allTextContents();
    expect(parts).toEqual(index);
    await tab.close();
  });

  it('lists each work the guidance cites once, and every citation leads to it', async () => {
    const tab = await browser().newPage();
    await tab.goto(`${inject('siteOrigin')}/print/`);
    const listed = await tab.locator('.references__list > li').evaluateAll((items) => items.map((item) => item.id.replace(/^ref-/, '')));
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...new Set(guidance.flatMap((page) => referenced(page.html)))].sort());
    const targets = await tab.locator('a.cite__link').evaluateAll((links) => links.map((link) => document.getElementById(link.getAttribute('href')!.slice(1))?.tagName ?? link.getAttribute('href')));
    expect(targets.length).toBeGreaterThan(0);
    expect(new Set(targets)).toEqual(new Set(['LI']));
    expect(await tab.locator('section.references').count()).toBe(1);
    await tab.close();
  });

  it('prints each topic from a new page, every DOI once, and ends on a page with text', async () => {
    const tab = await browser().newPage();
    await tab.goto(`${inject('siteOrigin')}/print/`);
    await tab.emulateMedia({ media: 'print' });
    // A reference's own links are its DOI or URL, written out: printed after them they would appear twice.
    const doubled = await tab.locator('.references__list .csl-entry a').evaluateAll((links) => links.filter((link) => getComputedStyle(link, '::after').content !== 'none').map((link) => link.textContent));
    expect(doubled).toEqual([]);
    const dois = await tab.locator('.references__list > li').evaluateAll((items) => items.map((item) => ((item as HTMLElement).innerText.match(/doi\.org\//g) ?? []).length));
    expect(dois.some((count) => count === 1)).toBe(true);
    expect(dois.every((count) => count <= 1)).toBe(true);
    expect(await tab.locator('.printed-guide__topic').evaluateAll((topics) => topics.map((topic) => getComputedStyle(topic).breakBefore))).toEqual(expect.arrayContaining(['page']));
    const { pages, lastHasText } = await printed(tab);
    expect(pages).toBeGreaterThan(await tab.locator('.printed-guide__topic').count());
    expect(lastHasText).toBe(true);
    await tab.close();
  });

  it('prints a page without a blank page at its end, its reference DOIs once', async () => {
    const tab = await browser().newPage();
    await tab.goto(inject('siteOrigin') + printable);
    await tab.emulateMedia({ media: 'print' });
    const dois = await tab.locator('.references .csl-entry a[href*="doi.org"]').evaluateAll((links) => links.map((link) => getComputedStyle(link, '::after').content));
    expect(dois.length).toBeGreaterThan(0);
    expect(new Set(dois)).toEqual(new Set(['none']));
    expect((await printed(tab)).lastHasText).toBe(true);
    await tab.close();
  });

  it("prints links within the site as full addresses when the site has one, and as paths when it has none", async () => {
    const printedAfter = async (origin: string, path: string) => {
      const tab = await browser().newPage();
      await tab.goto(origin + path);
      await tab.emulateMedia({ media: 'print' });
      const after = await tab.locator('article a[href*="/guidance/"]:not(.glossary-link):not(.cite__link):not(.heading-anchor)').first().evaluate((a) => getComputedStyle(a, '::after').content);
      const external = await tab.locator('.references .csl-entry a[href^="https://doi.org/"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
      await tab.close();
      return { after, external };
    };
    const withAddress = await printedAfter(inject('basePathOrigin'), testBasePath + printable.slice(1));
    // Chromium gives the generated text as one string: " (https://kb.example.org/kb/guidance/another-page/)".
    expect(withAddress.after.startsWith(`" (${testSiteUrl}${testBasePath}guidance/`)).toBe(true);
    expect(withAddress.external).toBe('none');
    const without = await printedAfter(inject('siteOrigin'), printable);
    expect(without.after).not.toContain('http');
    expect(without.after).toContain('/guidance/');
  });
});
