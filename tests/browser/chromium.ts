/**
 * Debian's Chromium, driven by playwright-core. Tests never download a
 * browser: where /usr/bin/chromium is missing they say how to install it
 * (and, under CI=true, fail instead of skipping).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const missingChromiumMessage =
  `Browser tests need Chromium at ${chromiumPath}. On Debian or Ubuntu install it with:\n` +
  '  sudo apt-get install -y chromium\n' +
  'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.';

export const hasChromium = existsSync(chromiumPath);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    // The machines here have no network: without these flags Chromium keeps
    // trying to reach Google's services in the background.
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'],
  });
}

/** One Chromium for the calling test file: launched before its tests, closed after. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: call useChromium() inside a describe block.');
    return browser;
  };
}
