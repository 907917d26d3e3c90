import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './chromium.ts';

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
    const cited = await scripts('/guidance/forms-of-co-production/');
    expect(cited.map(({ url }) => new URL(url).pathname)).toEqual([expect.stringMatching(/^\/_astro\/CitationPreviews\..*\.js$/)]);
    expect(cited[0]!.bytes).toBeLessThan(1500);
    expect(await scripts('/case-studies/')).toEqual([]);
    expect(await scripts('/glossary/')).toEqual([]);
  });

  it('sends a header search to the search page, which lists matching pages', async () => {
    const page = await browser().newPage();
    await page.goto(`${inject('siteOrigin')}/guidance/`);
    await page.fill('#header-search', 'shared decision');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=shared\+decision/);
    await page.locator('#search-results a').first().waitFor();
    expect(await page.locator('#search-results a').allTextContents()).toContain('Forms of co-production');
    expect(await page.locator('#search-status').textContent()).toMatch(/pages? match "shared decision"/);
    await page.close();
  });
});

