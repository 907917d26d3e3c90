/** Download files written when a build is done, not rendered as a route each (src/citations/downloads/download-files.ts). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CslItem } from '../../../src/citations/citation-js.ts';
import { collectDownloadFiles, downloadRoutes, writeDownloadFiles } from '../../../src/citations/downloads/download-files.ts';
import { downloadFormats } from '../../../src/citations/downloads/formats.ts';

const work: CslItem = { id: 'makey2022', type: 'article-journal', title: 'Co-production: what it is', author: [{ family: 'Makey', given: 'Lynn' }], issued: { 'date-parts': [[2022]] } };
const lists = [{ name: 'references', items: [work] }, { name: work.id, items: [work] }];
const store = Symbol.for('evidence-site:download-files');
afterEach(() => delete (globalThis as Record<symbol, unknown>)[store]);

describe('download files', () => {
  it('are one route each where nothing collects them, as in astro dev', () => {
    const routes = downloadRoutes('references', lists);
    expect(routes.map((route) => route.params.file)).toEqual(['references.bib', 'references.ris', 'references.json', 'makey2022.bib', 'makey2022.ris', 'makey2022.json']);
    expect(routes[3]!.props).toEqual({ items: [work], extension: 'bib' });
  });

  it('are no route in a build, which writes each file as its route would have served it', async () => {
    collectDownloadFiles();
    expect(downloadRoutes('educators/reading-lists', lists)).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'downloads-'));
    try {
      expect(await writeDownloadFiles(dir)).toBe(6);
      expect(readdirSync(join(dir, 'educators/reading-lists')).sort()).toEqual(['makey2022.bib', 'makey2022.json', 'makey2022.ris', 'references.bib', 'references.json', 'references.ris']);
      for (const extension of ['bib', 'ris', 'json'] as const) expect(readFileSync(join(dir, `educators/reading-lists/makey2022.${extension}`), 'utf8')).toBe(downloadFormats[extension].write([work]));
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('are written even where a site has more of them than the process may hold open at once', async () => {
    // 10,000 pages make 31,000 files; written all at once, they ran out of file handles (EMFILE).
    const handles = Number(spawnSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).stdout.trim());
    const count = Number.isFinite(handles) && handles < 60_000 ? handles + 1 : 60_000;
    collectDownloadFiles();
    downloadRoutes('cite', Array.from({ length: Math.ceil(count / 3) }, (_, index) => ({ name: `kb-guidance-page-${index}`, items: [work] })));
    const dir = mkdtempSync(join(tmpdir(), 'downloads-'));
    try {
      expect(await writeDownloadFiles(dir)).toBe(Math.ceil(count / 3) * 3);
      expect(readdirSync(join(dir, 'cite'))).toHaveLength(Math.ceil(count / 3) * 3);
    } finally {
      rmSync(dir, { recursive: true });
    }
  }, 120_000);
});
