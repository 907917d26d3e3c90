/**
 * A site is found by Astro's root, not by the folder the build runs in: built
 * as `astro build --root site/` from the folder above, which holds a site of
 * its own (this repository's content/), it must read its own content/, and
 * the generator's own files (the bundled citation locale) from the
 * generator. (Astro itself keeps a build's server chunks inside the working
 * folder, so a build from an unrelated folder is not something Astro does.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, buildIn, prepareFixture, projectRoot } from './fixture-build.ts';

describe('a build run from the folder above the site', () => {
  it("reads the site's content, not the working folder's, and writes its pages under the site's root", { timeout: 300_000 }, async () => {
    const dir = prepareFixture({ name: 'site-root' });
    const built = await buildIn(dir, {}, projectRoot);
    expect(built.exitCode, built.output).toBe(0);
    expect(built.output).toContain('Every content file passed the checks');
    const home = readFileSync(join(dir, 'dist/index.html'), 'utf8');
    expect(home).toContain('A small fixture site, to test the generator with. Test content only.');
    // A cited page: the citation engine found the generator's en-GB locale.
    expect(readFileSync(join(dir, 'dist/guidance/working-together/index.html'), 'utf8')).toMatch(/class="cite__link"/);
  });
});

describe('a site that has not begun its case studies or evidence summaries', () => {
  it('builds without Astro warning, page after page, that the collections do not exist', { timeout: 300_000 }, async () => {
    const built = await buildFixture({ name: 'no-case-studies-or-evidence-yet', remove: ['case-studies', 'evidence'] });
    expect(built.exitCode, built.output).toBe(0);
    expect(built.output).not.toMatch(/does not exist or is empty/);
    expect(readFileSync(join(built.dir, 'dist/about/index.html'), 'utf8')).toContain('It has no evidence summaries yet');
  });
});
