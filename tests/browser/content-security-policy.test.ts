/**
 * The site works under its own strict Content-Security-Policy
 * (src/security/headers.ts): every page, and a real search, whose Pagefind
 * WebAssembly must compile and run, with no violation reported. Violations
 * are caught both as `securitypolicyviolation` events on the page and as
 * Chromium's console reports, which also cover the search worker.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { securityHeaders } from '../../src/security/headers.ts';
import { builtPages, distDir } from './built-site.ts';
import { useChromium } from './chromium.ts';
import { serveStatic, type RunningServer } from './static-server.ts';
import { slugOf } from './pick-page.ts';
import { commonWord, term } from './search-words.ts';

describe.skipIf(!inject('chromium'))('under the strict Content-Security-Policy', () => {
  const browser = useChromium();
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveStatic(distDir, '/', securityHeaders);
  });
  afterAll(() => server.close());

  /** Opens `path` and runs `use` on it; returns every policy violation reported meanwhile. */
  async function violationsOn(path: string, use: (page: Page) => Promise<void> = async () => {}): Promise<string[]> {
    const page = await browser().newPage();
    const reported: string[] = [];
    const isViolation = (text: string) => /Content Security Policy/i.test(text);
    page.on('console', (message) => {
      if (isViolation(message.text())) reported.push(message.text());
    });
    page.on('worker', (worker) =>
      worker.on('console', (message) => {
        if (isViolation(message.text())) reported.push(`worker: ${message.text()}`);
      }),
    );
    // Init scripts run outside the page's policy, so this listener is not itself blocked.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
    const response = await page.goto(server.origin + path, { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy']).toBe(securityHeaders['Content-Security-Policy']);
    await use(page);
    const events = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
    await page.close();
    return [...events, ...reported];
  }

  it.each(builtPages(distDir))('%s reports no violation', async (path) => {
    expect(await violationsOn(path)).toEqual([]);
  });

  it('searches with Pagefind (its WebAssembly and worker run) and reports no violation', async () => {
    let results = 0;
    const violations = await violationsOn(`/search/?q=${commonWord}`, async (page) => {
      // A blocked search shows no results: wait a while, then report the violations that say why.
      await page.locator('#search-results a').first().waitFor({ timeout: 15_000 }).catch(() => {});
      results = await page.locator('#search-results a').count();
    });
    expect(violations).toEqual([]);
    expect(results).toBeGreaterThan(0);
  });

  it('opens a glossary term by its link and reports no violation', async () => {
    expect(await violationsOn(`/glossary/#${slugOf(term.path)}`)).toEqual([]);
  });
});
