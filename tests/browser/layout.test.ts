import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { citationCount, pageWith, titleOf } from './pick-page.ts';

describe.skipIf(!inject('chromium'))('the layout', () => {
  const browser = useChromium();

  it('takes keyboard users past the header to the main content with the skip link', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('siteOrigin')}/case-studies/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    // The next Tab stop is the first link in the content, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main')?.id)).toBe('main-content');
    await page.close();
  });

  it('gives the accessibility statement the compliance, testing and review date its publisher wrote (content/page-text.yaml)', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('siteOrigin')}/accessibility/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('This website partially complies with it.');
    expect(text).toContain('WCAG 2.2 A and AA rules of axe-core');
    expect(await page.locator('main time').getAttribute('datetime')).toBe('2026-12-05');
    await page.close();
  });

  it('loads one small script on a page with citations, for their previews, and none on other pages', async () => {
    const scripts = async (path: string) => {
      const page = await browser().newPage();
      const loaded: { url: string; bytes: number }[] = [];
      page.on('response', async (response) => {
        if (response.request().resourceType() === 'script') loaded.push({ url: response.url(), bytes: gzipSync(await response.body()).length });
      });
      await page.goto(`${inject('siteOrigin')}${path}`, { waitUntil: 'networkidle' });
      await page.close();
      return loaded;
    };
    const cited = await scripts(pageWith('guidance', 'citations', (html) => citationCount(html) > 0).path);
    expect(cited.map(({ url }) => new URL(url).pathname)).toEqual([expect.stringMatching(/^\/_astro\/CitationPreviews\..*\.js$/)]);
    expect(cited[0]!.bytes).toBeLessThan(1500);
    expect(await scripts('/case-studies/')).toEqual([]);
    expect(await scripts('/glossary/')).toEqual([]);
  });

  it('sends a header search to the search page, which lists matching pages', async () => {
    // A page's title finds that page.
    const title = titleOf(pageWith('guidance', 'a page').html);
    const page = await browser().newPage();
    await page.goto(`${inject('siteOrigin')}/guidance/`);
    await page.fill('#header-search', title);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === title);
    await page.locator('#search-results a').first().waitFor();
    expect(await page.locator('#search-results a').allTextContents()).toContain(title);
    const status = await page.locator('#search-status').textContent();
    expect(status).toMatch(/pages? match/);
    expect(status).toContain(`"${title}"`);
    await page.close();
  });
});

