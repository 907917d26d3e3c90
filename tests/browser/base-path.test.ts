import { describe, expect, inject, it } from 'vitest';
import { basePathDistDir, builtPages, testBasePath } from './built-site.ts';
import { useChromium } from './chromium.ts';
import { pageWith, titleOf } from './pick-page.ts';

describe.skipIf(!inject('chromium'))(`a site built with BASE_PATH=${testBasePath}`, () => {
  const browser = useChromium();

  it.each(builtPages(basePathDistDir))('%s keeps every request and internal link under the base path', async (path) => {
    const page = await browser().newPage();
    const origin = inject('basePathOrigin');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const response = await page.goto(origin + testBasePath + path.slice(1), { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    const links = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    const formActions = await page.locator('form[action]').evaluateAll((forms) => forms.map((f) => (f as HTMLFormElement).action));
    await page.close();
    // Links to other sites (a reference's DOI) are fine; nothing on this
    // origin may point outside the base path, and nothing is fetched from elsewhere.
    const internalLinks = [...links, ...formActions].filter((url) => url.startsWith(origin));
    const outside = [...requests, ...internalLinks].filter((url) => !url.startsWith(origin + testBasePath));
    expect(outside).toEqual([]);
  });

  it('searches and links results under the base path', async () => {
    // A page's title finds that page; its address is letters, digits, hyphens and slashes, so it can stand in a pattern as it is.
    const guide = pageWith('guidance', 'a page');
    const title = titleOf(guide.html);
    const page = await browser().newPage();
    await page.goto(`${inject('basePathOrigin')}${testBasePath}search/?${new URLSearchParams({ q: title })}`);
    const result = page.locator('#search-results a', { hasText: title }).first();
    await result.waitFor();
    // The text fragment after the path highlights the matched words on landing.
    expect(await result.getAttribute('href')).toMatch(new RegExp(`^${testBasePath}${guide.path.slice(1)}#:~:text=`));
    await result.click();
    await page.waitForLoadState();
    expect(await page.locator('h1').textContent()).toBe(title);
    await page.close();
  });
});
