/** Driving the search page in tests: wait for the search to finish, read what it shows. */
import type { Page } from 'playwright-core';

/** Waits until the status line reports a finished search (the results are on the page by then). */
export async function waitForResults(page: Page): Promise<string> {
  await page.waitForFunction(() => /match|No pages|with the filters/.test(document.getElementById('search-status')?.textContent ?? ''));
  return (await page.locator('#search-status').textContent()) ?? '';
}

/** Opens a search URL and returns the result links in order. */
export async function topResults(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await waitForResults(page);
  return page.locator('.search-result h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}
