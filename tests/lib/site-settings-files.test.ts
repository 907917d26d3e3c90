import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setSiteRoot, siteRoot } from '../../src/config/site-paths.ts';
import { forgetSiteSettingsFiles, sitePageText } from '../../src/lib/site-settings-files.ts';

describe("the site's page text, as pages and plugins read it", () => {
  const before = siteRoot();
  const root = mkdtempSync(join(tmpdir(), 'settings-files-'));
  cpSync(new URL('../gatekeeper/base-content/', import.meta.url), join(root, 'content'), { recursive: true });
  const file = join(root, 'content/page-text.yaml');
  afterAll(() => {
    setSiteRoot(before);
    forgetSiteSettingsFiles();
    rmSync(root, { recursive: true, force: true });
  });

  it('is read once, then read again as it now is when `astro dev` sets the site up again', () => {
    setSiteRoot(root);
    forgetSiteSettingsFiles();
    const first = sitePageText().home.introduction;
    writeFileSync(file, readFileSync(file, 'utf8').replace(/introduction: .*/, 'introduction: A new introduction.'));
    expect(sitePageText().home.introduction).toBe(first);
    forgetSiteSettingsFiles();
    expect(sitePageText().home.introduction).toBe('A new introduction.');
  });
});
