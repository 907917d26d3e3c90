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

  it('loads no JavaScript on a content page', async () => {
    const page = await browser().newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${inject('siteOrigin')}/guidance/forms-of-co-production/`, { waitUntil: 'networkidle' });
    await page.close();
    expect(scripts).toEqual([]);
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

  it('shows a citation preview beside the text on focus, covering nothing, and links to the reference', async () => {
    const page = await browser().newPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(`${inject('siteOrigin')}/evidence/webb-2021-secure-care-staff-survey/`);
    const link = page.locator('.cite__link').first();
    const preview = page.locator(`#${await link.getAttribute('aria-describedby')}`);
    expect(await preview.isVisible()).toBe(false);
    await link.focus();
    expect(await preview.isVisible()).toBe(true);
    const previewBox = (await preview.boundingBox())!;
    const paragraphBox = (await link.locator('xpath=ancestor::p').boundingBox())!;
    expect(previewBox.x).toBeGreaterThan(paragraphBox.x + paragraphBox.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1100);
    await link.press('Enter');
    expect(new URL(page.url()).hash).toBe(await link.getAttribute('href'));
    await page.close();
  });

  it('keeps previews out of the way on a narrow screen, where citations just link to the reference list', async () => {
    const page = await browser().newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${inject('siteOrigin')}/evidence/webb-2021-secure-care-staff-survey/`);
    const link = page.locator('.cite__link').first();
    await link.focus();
    expect(await page.locator(`#${await link.getAttribute('aria-describedby')}`).isVisible()).toBe(false);
    await page.close();
  });
});

