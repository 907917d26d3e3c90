/**
 * Long pages as readers move through them: a contents list (beside the text
 * on a wide screen, collapsed at the top of a narrow one), a way back to the
 * top, previous and next within a topic, the glossary's A to Z, every page
 * type in one order, and text set at 19 px in lines of at most about 75
 * characters.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { pageWith, sectionIds as sectionsIn, type PageKind } from './pick-page.ts';

/** A long guidance page in a topic with another: ten sections or more, ending with discussion questions, and a link to the previous or next page. */
const { path: guide } = pageWith(
  'guidance',
  'ten sections, discussion questions and a previous or next page in its topic',
  (html) => sectionsIn(html).length >= 10 && sectionsIn(html).includes('discussion-questions') && /rel="(?:prev|next)"/.test(html),
);

/** The ids of the h2s in the page's main text, in order. */
const sectionIds = (page: Page) => page.locator('.contents-layout__body h2[id]').evaluateAll((headings) => headings.map((heading) => heading.id));
const topOf = (page: Page, selector: string) => page.locator(selector).evaluate((element) => element.getBoundingClientRect().top);

describe.skipIf(!inject('chromium'))('moving through a long page', () => {
  const browser = useChromium();
  const origin = () => inject('siteOrigin');

  it('lists every section beside the text on a wide screen, in view all the way down, and each entry lands on its section', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(origin() + guide);
    const contents = page.locator('.contents--wide');
    expect(await page.locator('.contents--narrow').isVisible()).toBe(false);
    expect(await contents.isVisible()).toBe(true);
    const targets = await contents.locator('.contents__list a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.slice(1)));
    expect(targets).toEqual(await sectionIds(page));
    expect(targets.length).toBeGreaterThanOrEqual(10);
    // Beside the text, not over it.
    const text = (await page.locator('.contents-layout__body').boundingBox())!;
    expect((await contents.boundingBox())!.x).toBeGreaterThanOrEqual(text.x + text.width);

    await contents.getByRole('link', { name: 'Discussion questions' }).click();
    expect(new URL(page.url()).hash).toBe('#discussion-questions');
    expect(await topOf(page, '#discussion-questions')).toBeLessThan(100);
    // Far down the page, the list is still on screen, and leads back to the top.
    expect(await contents.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    await contents.getByRole('link', { name: 'Back to top' }).click();
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(200);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await page.close();
  });

  it('collapses the list under the summary on a phone, and ends the sections with Back to top', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(origin() + guide);
    expect(await page.locator('.contents--wide').isVisible()).toBe(false);
    const contents = page.locator('.contents--narrow');
    const first = contents.locator('.contents__list a').first();
    expect(await first.isVisible()).toBe(false);
    await contents.locator('summary').click();
    expect(await first.isVisible()).toBe(true);
    // A section halfway down, well below the first screen.
    const entries = contents.locator('.contents__list a');
    const halfway = entries.nth(Math.floor((await entries.count()) / 2));
    const target = (await halfway.getAttribute('href'))!;
    await halfway.click();
    expect(await topOf(page, target)).toBeLessThan(100);

    // At the end of the sections, Back to top leads up to the title and the list.
    const backToTop = page.locator('.contents-layout__body > .back-to-top a');
    await backToTop.scrollIntoViewIfNeeded();
    await backToTop.click();
    expect(await topOf(page, '#main-content')).toBeGreaterThanOrEqual(-1);
    expect(await topOf(page, '#main-content')).toBeLessThan(100);
    await page.close();
  });

  it('gives a page of one or two sections no contents list', async () => {
    const page = await browser().newPage();
    await page.goto(`${origin()}/`);
    expect(await page.locator('.contents').count()).toBe(0);
    await page.close();
  });

  it('links each guidance page to the previous and next in its topic, both ways', async () => {
    const page = await browser().newPage();
    await page.goto(origin() + guide);
    const topicCrumb = page.locator('.breadcrumbs a').last();
    const topic = await topicCrumb.getAttribute('href');
    const next = page.locator('.pager a[rel="next"]');
    const previous = page.locator('.pager a[rel="prev"]');
    expect((await next.count()) + (await previous.count())).toBeGreaterThan(0);
    const link = (await next.count()) > 0 ? next : previous;
    const back = (await next.count()) > 0 ? 'prev' : 'next';
    await link.click();
    await page.waitForURL((url) => url.pathname !== guide);
    expect(await page.locator('.breadcrumbs a').last().getAttribute('href')).toBe(topic);
    expect(await page.locator(`.pager a[rel="${back}"]`).getAttribute('href')).toBe(guide);
    await page.close();
  });

  it('gives a topic page the breadcrumbs its guidance pages lead with', async () => {
    const page = await browser().newPage();
    await page.goto(origin() + guide);
    const crumbs = await page.locator('.breadcrumbs a').evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]));
    await page.goto(origin() + crumbs.at(-1)![1]!);
    expect(await page.locator('.breadcrumbs a').evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]))).toEqual(crumbs.slice(0, -1));
    await page.close();
  });

  it('gives the glossary an A to Z whose letters lead to their terms; letters with none are not links', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${origin()}/glossary/`);
    const letters = page.locator('.a-to-z li');
    expect(await letters.count()).toBeGreaterThanOrEqual(26);
    const linked = await page.locator('.a-to-z a').evaluateAll((links) => links.map((link) => [link.textContent!, link.getAttribute('href')!]));
    for (const [letter, href] of linked) {
      const terms = await page.locator(`${href} + dl dt`).allTextContents();
      expect(terms.length).toBeGreaterThan(0);
      for (const term of terms) expect(term.normalize('NFD').charAt(0).toUpperCase()).toBe(letter);
    }
    const unlinked = await page.locator('.a-to-z__empty').allTextContents();
    expect(unlinked.length + linked.length).toBe(await letters.count());
    await page.locator('.a-to-z a').nth(1).click();
    expect(await topOf(page, new URL(page.url()).hash)).toBeLessThan(100);
    await page.close();
  });
});

describe.skipIf(!inject('chromium'))('every page type', () => {
  const browser = useChromium();

  /** The first page of the kind that has all the closing sections, wherever they fall: the test is their order. */
  const closingOn = (kind: PageKind, closing: readonly string[]) => pageWith(kind, `the sections ${closing.join(', ')}`, (html) => closing.every((id) => sectionsIn(html).includes(id))).path;

  it.each([
    ['guidance', 'guidance', ['learning-outcomes', 'discussion-questions', 'page-references', 'cite-this-page']],
    ['case study', 'case-studies', ['outcomes', 'page-references', 'cite-this-page']],
    ['evidence summary', 'evidence', ['works-cited-by-source', 'page-references', 'cite-this-page']],
  ] as const)('reads content, then outcomes, then references, then "Cite this page" on a %s', async (_, kind, closing) => {
    const page = await browser().newPage();
    await page.goto(inject('siteOrigin') + closingOn(kind, closing));
    const ids = await sectionIds(page);
    expect(ids.slice(-closing.length)).toEqual(closing);
    expect(ids.length).toBeGreaterThan(closing.length);
    await page.close();
  });
});

describe.skipIf(!inject('chromium'))('type and measure', () => {
  const browser = useChromium();

  /** The most characters on one line of the page's paragraphs, measured from where the browser broke the lines. */
  const longestLine = (page: Page) =>
    page.evaluate(() => {
      let longest = 0;
      for (const paragraph of document.querySelectorAll('.contents-layout__body > p')) {
        const perLine = new Map<number, number>();
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (node.parentElement?.closest('.cite__preview')) continue;
          for (let index = 0; index < node.data.length; index += 1) {
            const range = document.createRange();
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            const rect = range.getClientRects()[0];
            if (rect) perLine.set(Math.round(rect.top / 4), (perLine.get(Math.round(rect.top / 4)) ?? 0) + 1);
          }
        }
        longest = Math.max(longest, ...perLine.values());
      }
      return longest;
    });

  it.each([1366, 1024])('sets body text at 19 px in lines of at most 75 characters at %i px', async (width) => {
    const page = await browser().newPage({ viewport: { width, height: 800 } });
    await page.goto(inject('siteOrigin') + guide);
    expect(await page.locator('.contents-layout__body > p').first().evaluate((p) => getComputedStyle(p).fontSize)).toBe('19px');
    const longest = await longestLine(page);
    expect(longest).toBeLessThanOrEqual(75);
    expect(longest).toBeGreaterThan(55);
    await page.close();
  });

  it('keeps 16 px text on a phone', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(inject('siteOrigin') + guide);
    expect(await page.locator('.contents-layout__body > p').first().evaluate((p) => getComputedStyle(p).fontSize)).toBe('16px');
    await page.close();
  });

  it('gives the evidence map the width it needs on a laptop: no column squeezed, no sideways scrolling', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${inject('siteOrigin')}/evidence-map/`);
    const regions = await page.locator('.table-scroll').evaluateAll((elements) => elements.map((element) => element.scrollWidth - element.clientWidth));
    expect(regions).toEqual(regions.map(() => 0));
    const table = (await page.locator('.evidence-map').first().boundingBox())!;
    expect(table.width).toBeGreaterThan(1000);
    await page.close();
  });
});
