/**
 * Citation previews as WCAG 1.4.13 asks, by mouse, keyboard and touch, at
 * every width: they open on hover and focus, stay while the pointer moves
 * onto them, close with Escape, add no tab stops, and open on a tap without
 * leaving the page. Without JavaScript a citation still leads to its
 * reference, and the reference back to it.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { backLinkLetter } from '../../src/citations/render.ts';
import { useChromium } from './chromium.ts';
import { citationCount, elementsWhere, hasClass, pageWith } from './pick-page.ts';

/** Whether the page's first citation shares its paragraph with another, and whether some preview holds a link (a DOI). */
function citationShapes(html: string) {
  const tree = fromHtml(html);
  const citing = elementsWhere(tree, (element) => element.tagName === 'p' && elementsWhere(element, hasClass('cite__link')).length > 0);
  const linkInPreview = elementsWhere(tree, hasClass('cite__preview')).some((preview) => elementsWhere(preview, (element) => element.tagName === 'a').length > 0);
  return { firstParagraphCites: citing[0] ? elementsWhere(citing[0], hasClass('cite__link')).length : 0, linkInPreview };
}

/**
 * A guidance page with what these tests use: four citations or more (the
 * third and fourth are opened), a first citation sharing its paragraph with
 * another (Tab goes from one to the next), a preview with a link in it, and
 * a work cited more than once (its back-links are lettered).
 */
const { path: guide } = pageWith('guidance', 'four citations, two in one paragraph, a link in a preview and a work cited twice', (html) => {
  const { firstParagraphCites, linkInPreview } = citationShapes(html);
  return citationCount(html) >= 4 && firstParagraphCites >= 2 && linkInPreview && /class="references__backlink">b</.test(html);
});

const previewOf = async (page: Page, link: Locator) => page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`);
const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
/** The element with focus: whether it is inside a preview, and its address and id, which tell the page's links apart. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return { inPreview: Boolean(element?.closest('.cite__preview')), stop: `${element?.getAttribute('href')}|${element?.id}` };
  });

describe.skipIf(!inject('chromium'))('citation previews', () => {
  const browser = useChromium();
  const origin = () => inject('siteOrigin');

  it.each([1366, 1024, 390, 320])('open on hover at %i px, inside the window, and stay while the pointer moves onto them', async (width) => {
    const page = await browser().newPage({ viewport: { width, height: 800 } });
    await page.goto(origin() + guide);
    const link = page.locator('.cite__link').nth(2);
    const preview = await previewOf(page, link);
    expect(await preview.isVisible()).toBe(false);
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    await preview.waitFor({ state: 'visible' });
    const box = (await preview.boundingBox())!;
    const linkBox = (await link.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
    // Under or over the citation, close to it, so the pointer can cross.
    expect(Math.min(Math.abs(box.y - (linkBox.y + linkBox.height)), Math.abs(linkBox.y - (box.y + box.height)))).toBeLessThan(10);

    // The pointer crosses to the preview in steps, and reads it for a while.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.waitForTimeout(600);
    expect(await preview.isVisible()).toBe(true);

    // Off it, it closes.
    await page.mouse.move(1, 1);
    await preview.waitFor({ state: 'hidden' });
    await page.close();
  });

  it('close with Escape, leaving the pointer and focus where they are, and stay closed until the pointer leaves', async () => {
    const page = await browser().newPage({ viewport: { width: 1024, height: 800 } });
    await page.goto(origin() + guide);
    const link = page.locator('.cite__link').first();
    const preview = await previewOf(page, link);
    await link.hover();
    await preview.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    expect(await preview.isVisible()).toBe(false);
    const linkBox = (await link.boundingBox())!;
    await page.mouse.move(linkBox.x + 2, linkBox.y + linkBox.height / 2);
    expect(await preview.isVisible()).toBe(false);

    // Once the pointer and focus have both left it, focus opens it again. (A heading takes no focus: blur, not focus elsewhere, moves it off.)
    await link.focus();
    await page.mouse.move(1, 1);
    await link.blur();
    await link.focus();
    expect(await preview.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await preview.isVisible()).toBe(false);
    expect((await focused(page)).stop).toBe(`${await link.getAttribute('href')}|${await link.getAttribute('id')}`);
    await page.close();
  });

  it.each([1366, 390])('open on keyboard focus at %i px and add no tab stops: Tab goes from citation to citation', async (width) => {
    const page = await browser().newPage({ viewport: { width, height: 800 } });
    await page.goto(origin() + guide);
    const links = page.locator('.cite__link');
    const first = links.first();
    await first.focus();
    expect(await (await previewOf(page, first)).isVisible()).toBe(true);

    // The paragraph's links from the first citation on, in order, with no stop inside a preview between them.
    const paragraphLinks = await first
      .locator('xpath=ancestor::p')
      .locator('a')
      .evaluateAll((anchors) => anchors.filter((a) => !a.closest('.cite__preview')).map((a) => `${a.getAttribute('href')}|${a.id}`));
    const expected = paragraphLinks.slice(paragraphLinks.indexOf(`${await first.getAttribute('href')}|${await first.getAttribute('id')}`));
    expect(expected.length).toBeGreaterThan(1);
    const visited: string[] = [];
    for (const _ of expected) {
      const now = await focused(page);
      expect(now.inPreview).toBe(false);
      visited.push(now.stop);
      await page.keyboard.press('Tab');
    }
    expect(visited).toEqual(expected);
    // Only one preview is open at a time: the focused citation's.
    expect(await page.locator('.cite--open').count()).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('leave the DOI link in a preview out of the tab order, closed or open', async () => {
    const page = await browser().newPage();
    await page.goto(origin() + guide);
    const inPreviews = await page.locator('.cite__preview a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).tabIndex));
    expect(inPreviews.length).toBeGreaterThan(0);
    expect(new Set(inPreviews)).toEqual(new Set([-1]));
    await page.close();
  });

  it('open on a tap at 390 px without leaving the page; a second tap goes to the reference', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(origin() + guide);
    const link = page.locator('.cite__link').nth(3);
    const preview = await previewOf(page, link);
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await preview.waitFor({ state: 'visible' });
    expect(new URL(page.url()).hash).toBe('');
    const box = (await preview.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);

    // A tap elsewhere closes it.
    await page.locator('h1').tap();
    await preview.waitFor({ state: 'hidden' });

    await link.tap();
    await preview.waitFor({ state: 'visible' });
    const reference = await link.getAttribute('href');
    await link.tap();
    await page.waitForURL((url) => url.hash === reference);
    await context.close();
  });

  it('work without JavaScript: a citation leads to its reference', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(origin() + guide);
    const link = page.locator('.cite__link').first();
    await link.focus();
    expect(await (await previewOf(page, link)).isVisible()).toBe(false);
    await link.click();
    expect(new URL(page.url()).hash).toBe(await link.getAttribute('href'));
    await context.close();
  });
});

describe.skipIf(!inject('chromium'))('a reference list', () => {
  const browser = useChromium();

  it('links each reference back to every place the page cites it, and each back-link lands on its citation', async () => {
    const page = await browser().newPage();
    await page.goto(inject('siteOrigin') + guide);
    const citedFrom = await page.locator('.cite__link').evaluateAll((links) => links.map((link) => [link.getAttribute('href')!.slice(1), link.id]));
    const backLinks = await page.locator('.references__list > li').evaluateAll((items) =>
      items.map((item) => [item.id, [...item.querySelectorAll('.references__backlink')].map((a) => a.getAttribute('href')!.slice(1))]),
    );
    // A work listed only as the one another is known through (as cited in) is cited nowhere itself.
    const expected = new Map<string, string[]>(backLinks.map(([reference]) => [reference as string, []]));
    for (const [reference, cite] of citedFrom) expected.set(reference!, [...(expected.get(reference!) ?? []), cite!]);
    expect(new Map(backLinks as [string, string[]][])).toEqual(expected);

    // "a b c" where there are several; each lands on its citation.
    const many = page.locator('.references__list > li', { has: page.locator('.references__backlink >> nth=1') }).first();
    const letters = await many.locator('.references__backlink').allTextContents();
    expect(letters).toEqual(letters.map((_, index) => backLinkLetter(index)));
    const second = many.locator('.references__backlink').nth(1);
    const target = (await second.getAttribute('href'))!;
    await second.click();
    expect(new URL(page.url()).hash).toBe(target);
    expect(await page.locator(target).evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    await page.close();
  });
});
