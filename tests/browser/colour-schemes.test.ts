/**
 * The site in a dark colour scheme (prefers-color-scheme) and in Windows'
 * forced colours (high contrast) mode: WCAG 2.2 A/AA by axe-core on a page
 * of every template, with a citation preview and the search filters open.
 * The light scheme is checked on every page (every-page.test.ts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { useChromium } from './chromium.ts';
import { citationCount, pageWith, titleOf, type PageKind } from './pick-page.ts';
import { waitForResults } from './search-page.ts';

/** A page of the kind with citations, so that axe sees a preview open too. */
const citing = (kind: PageKind) => pageWith(kind, 'citations', (html) => citationCount(html) > 0);
const guide = citing('guidance');

/** A page of every template. */
const pages = [
  '/',
  '/guidance/',
  guide.path,
  pageWith('topics', 'a topic').path,
  citing('case-studies').path,
  citing('evidence').path,
  '/glossary/',
  citing('glossary').path,
  '/references/',
  '/educators/',
  '/evidence-map/',
  '/404.html',
];

const schemes = [
  ['dark', { colorScheme: 'dark' }],
  ['forced colours', { forcedColors: 'active' }],
] as const;

/** Opens the page's first citation preview, where it has one, so axe sees it too. */
async function openPreview(page: Page): Promise<void> {
  const link = page.locator('.cite__link').first();
  if ((await link.count()) === 0) return;
  await link.focus();
  await page.locator('.cite--open .cite__preview').waitFor();
}

describe.skipIf(!inject('chromium'))('colour schemes', () => {
  const browser = useChromium();

  describe.each(schemes)('%s', (_, media) => {
    it.each(pages)('%s has no accessibility violations', async (path) => {
      const page = await browser().newPage({ viewport: { width: 1024, height: 768 } });
      await page.emulateMedia(media);
      await page.goto(inject('siteOrigin') + path);
      await openPreview(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it('/search/ with results and filters has no accessibility violations', async () => {
      const page = await browser().newPage({ viewport: { width: 1024, height: 768 } });
      await page.emulateMedia(media);
      // The guidance page's title finds that page at least.
      await page.goto(`${inject('siteOrigin')}/search/?${new URLSearchParams({ q: titleOf(guide.html), type: 'guidance' })}`);
      await waitForResults(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  });

  it('draws the page light on dark when the reader asks for dark', async () => {
    const page = await browser().newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(inject('siteOrigin') + guide.path);
    const [background, text] = await page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).color]);
    const luminance = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).reduce((sum, value) => sum + Number(value), 0);
    expect(luminance(background)).toBeLessThan(150);
    expect(luminance(text)).toBeGreaterThan(600);
    await page.close();
  });
});
