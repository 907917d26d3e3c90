/**
 * A moved page keeps its old address working: a small site whose page lists
 * its old slug in `redirectFrom`, built in isolation and opened in Chromium at
 * the old address, lands on the page at its new one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildFixture } from '../gatekeeper/fixture-build.ts';
import { useChromium } from './chromium.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

const basePage = fileURLToPath(new URL('../gatekeeper/base-content/guidance/working-together.mdx', import.meta.url));

describe.skipIf(!inject('chromium'))('a moved page', () => {
  const browser = useChromium();
  let server: RunningServer | undefined;

  beforeAll(async () => {
    const source = readFileSync(basePage, 'utf8');
    const build = await buildFixture({
      name: 'browser-moved-page-redirects',
      generate: () => ({ 'guidance/working-together.mdx': source.replace(/^title: .*$/m, '$&\nredirectFrom: [partnership-basics]') }),
    });
    if (build.exitCode !== 0) throw new Error(`The fixture site did not build:\n${build.output}`);
    server = await serveStatic(join(build.dir, 'dist'));
  }, 180_000);

  afterAll(async () => {
    await server?.close();
  });

  it('sends a reader at its old address to its new one', async () => {
    const page = await browser().newPage();
    await page.goto(`${server!.origin}/guidance/partnership-basics/`);
    await page.waitForURL((url) => url.pathname === '/guidance/working-together/');
    expect(await page.locator('h1').textContent()).toBe(await page.evaluate(() => document.title.split(' - ')[0]));
    await page.close();
  });
});
