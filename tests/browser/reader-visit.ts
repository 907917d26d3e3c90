/**
 * One visit to a built page, as a reader on a 320 px phone makes it: what
 * every page owes its readers, for every-page.test.ts (the flagship) and
 * example-site.test.ts (a site on another topic) alike.
 */
import type { Browser } from 'playwright-core';
import { axeViolations } from './axe.ts';

export interface ReaderVisit {
  /** WCAG 2.2 A/AA violations (axe-core). */
  violations: Awaited<ReturnType<typeof axeViolations>>;
  /** Requests to anywhere but the site. */
  outside: string[];
  /** Requests that failed, the page's own address aside. */
  failed: string[];
  headings: number;
  scrollWidth: number;
  /** The page's text, as a reader sees it. */
  text: string;
}

export async function visitAsReader(browser: Browser, origin: string, path: string): Promise<ReaderVisit> {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  const outside: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) outside.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url() !== origin + path) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  const headings = await page.locator('h1').count();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  const text = await page.locator('body').innerText();
  const violations = await axeViolations(page);
  await page.close();
  return { violations, outside, failed, headings, scrollWidth, text };
}
