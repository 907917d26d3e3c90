/**
 * Two builds of the same commit must produce byte-identical sites, search
 * index included: a deployment can then be checked against its commit, and a
 * diff between two releases shows only what really changed. The first build
 * starts with Astro's content cache cleared (--force) and the second reuses
 * it, as a developer's machine and a fresh CI clone would. The second build
 * runs with another home folder, PATH and a made-up secret in its
 * environment: content runs no code when the site builds, so nothing of the
 * machine that built it reaches the site. Built with a public URL so the
 * sitemap is covered too, and with SOURCE_DATE_EPOCH, the day a build says
 * it was made ("Cite this page"'s access date). Needs no browser.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from './built-site.ts';

function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((name) => statSync(join(dir, name)).isFile()).sort();
}

describe('the build', () => {
  const root = mkdtempSync(join(tmpdir(), 'reproducible-build-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('produces the same bytes twice', { timeout: 600_000 }, () => {
    const [first, second] = [join(root, 'first'), join(root, 'second')];
    const [home, bin] = [join(root, 'home-sentinel'), join(root, 'path-sentinel')];
    for (const dir of [home, bin]) mkdirSync(dir);
    // One day for both builds, as a release build would fix it: pages say the day they were built, and the two could straddle midnight.
    const day = { SITE_URL: 'https://kb.example.org', SOURCE_DATE_EPOCH: String(Date.UTC(2026, 11, 3) / 1000) };
    buildSite(first, day, ['--force']);
    buildSite(second, { ...day, HOME: home, PATH: `${bin}:${process.env['PATH']}`, KB_BUILD_SECRET: 'secret-sentinel' });
    const firstFiles = files(first);
    expect(files(second)).toEqual(firstFiles);
    const differing = firstFiles.filter((name) => !readFileSync(join(first, name)).equals(readFileSync(join(second, name))));
    expect(differing).toEqual([]);
    const leaking = firstFiles.filter((name) => /sentinel/.test(readFileSync(join(second, name), 'latin1')));
    expect(leaking).toEqual([]);
    expect(firstFiles).toContain('sitemap-index.xml');
  });
});
