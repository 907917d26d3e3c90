import { describe, expect, inject, it } from 'vitest';
import { readContentFiles } from '../../src/content-checks/content-files.ts';
import { siteConfig } from '../../src/config/site-config.ts';
import { projectRoot } from './built-site.ts';
import { useChromium } from './chromium.ts';
import { anchoredSections, linksToGuidance, pageWith, slugOf, titleOf } from './pick-page.ts';

/** How many pages content/ has of a kind, so the tests hold for any number of them. */
const pagesIn = (folder: string) => readContentFiles(`${projectRoot}content`, projectRoot).filter((file) => file.path.startsWith(`content/${folder}/`)).length;

/** A guidance page with a section to link to and a link in its text to another guidance page, which prints with its address. */
const chosen = pageWith(
  'guidance',
  'a linked section and a link to another guidance page',
  (html) => anchoredSections(html).length > 0 && linksToGuidance(html),
);
const page = chosen.path;
const title = titleOf(chosen.html);
/** The day the page says it was last reviewed, which "Cite this page" dates it by. */
const reviewed = new Date(/Page last reviewed<\/dt><dd><time datetime="([^"]+)"/.exec(chosen.html)![1]!);
const section = anchoredSections(chosen.html)[0]!;

describe.skipIf(!inject('chromium'))('what educators need from a page', () => {
  const browser = useChromium();

  it('offers a citation of the page as selectable text, with BibTeX and RIS downloads', async () => {
    const tab = await browser().newPage();
    await tab.goto(inject('siteOrigin') + page);
    const box = tab.getByRole('region', { name: 'Cite this page' });
    const reference = await box.locator('.cite-page__reference').textContent();
    expect(reference).toContain(siteConfig().organisation);
    // APA's "(2026, November 23)".
    expect(reference).toContain(`(${reviewed.getUTCFullYear()}, ${reviewed.toLocaleDateString('en-GB', { month: 'long', timeZone: 'UTC' })} ${reviewed.getUTCDate()})`);
    expect(reference).toContain(title);
    const bibtex = await tab.request.get(new URL((await box.getByRole('link', { name: 'BibTeX' }).getAttribute('href'))!, tab.url()).href);
    expect(bibtex.status()).toBe(200);
    // The page's key, with the underscores BibTeX needs for hyphens.
    expect((await bibtex.text()).startsWith(`@online{kb_guidance_${slugOf(page).replace(/-/g, '_')},`)).toBe(true);
    const ris = await tab.request.get(new URL((await box.getByRole('link', { name: 'RIS' }).getAttribute('href'))!, tab.url()).href);
    expect(await ris.text()).toContain(`TI  - ${title}`);
    await tab.close();
  });

  it('gives every section heading a stable anchor with a named link a keyboard user can reach', async () => {
    const tab = await browser().newPage();
    await tab.goto(`${inject('siteOrigin')}${page}#${section.id}`);
    const anchors = await tab.locator('article .heading-wrapper').evaluateAll((wrappers) =>
      wrappers.map((wrapper) => ({ id: wrapper.querySelector('h2, h3, h4')?.id, href: wrapper.querySelector('a.heading-anchor')?.getAttribute('href') })),
    );
    expect(anchors.length).toBeGreaterThan(0);
    for (const { id, href } of anchors) expect(href).toBe(`#${id}`);
    expect(await tab.locator(`#${section.id}`).isVisible()).toBe(true);
    const link = tab.getByRole('link', { name: `Link to this section: ${section.heading}`, exact: true });
    await link.focus();
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
    await tab.close();
  });

  it('prints without navigation, search or previews, keeping citations, references and the cite box', async () => {
    const tab = await browser().newPage();
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
    // Printed links carry their address; citations do not.
    const related = tab.locator('article a[href^="/guidance/"]:not(.glossary-link)').first();
    expect(await related.evaluate((a) => getComputedStyle(a, '::after').content)).toContain('/guidance/');
    expect(await tab.locator('.cite__link').first().evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
    await tab.close();
  });

  it('maps evidence in a real table: headers for pages and sources, counts in words, each leading to the cited reference', async () => {
    const tab = await browser().newPage();
    await tab.goto(`${inject('siteOrigin')}/evidence-map/`);
    const table = tab.getByRole('table', { name: 'Guidance topics and the sources they cite' });
    // A column for the page, one per evidence summary's source, and one for other works.
    expect(await table.getByRole('columnheader').count()).toBe(pagesIn('evidence') + 2);
    expect(await table.getByRole('rowheader').count()).toBe(pagesIn('guidance'));
    const cell = table.locator('td a').first();
    expect(await cell.textContent()).toMatch(/^\d+ citations?$/);
    const target = (await cell.getAttribute('href'))!;
    await cell.click();
    await tab.waitForURL((url) => url.pathname + url.hash === target);
    expect(await tab.locator(new URL(target, tab.url()).hash).isVisible()).toBe(true);
    await tab.close();
  });

  it('offers every topic with its learning outcomes and a reading list to download', async () => {
    const tab = await browser().newPage();
    await tab.goto(`${inject('siteOrigin')}/educators/`);
    expect(await tab.locator('.educator-topic').count()).toBe(pagesIn('guidance'));
    const list = tab.locator('.reading-list').first();
    const works = Number(/\((\d+) works?\)/.exec((await list.locator('summary').textContent()) ?? '')?.[1]);
    const bib = (await list.locator('a', { hasText: 'BibTeX' }).getAttribute('href'))!;
    const response = await tab.request.get(new URL(bib, tab.url()).href);
    expect((await response.text()).match(/^@\w+\{/gm)?.length).toBe(works);
    await tab.close();
  });
});

