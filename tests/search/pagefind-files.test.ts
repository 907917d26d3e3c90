/** Which built pages Pagefind reads (src/search/pagefind-files.ts): fewer, with the same index. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { describe, expect, it } from 'vitest';
import { pageRecords } from '../../src/search/fragments.ts';
import { pagefindGlob } from '../../src/search/pagefind-files.ts';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>A page</title></head><body>${body}</body></html>`;
const article = (text: string) => page(`<nav>Menu</nav><article data-pagefind-body><h1>${text}</h1><p>About ${text}.</p></article>`);

/** A built site: `files` by path from its root. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-pagefind-files-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

const guide = {
  'index.html': page('<h1>Home</h1>'),
  'guidance/index.html': page('<h1>Guidance</h1><p>Every guide.</p>'),
  'guidance/power/index.html': article('Power'),
  'glossary/reciprocity/index.html': article('Reciprocity'),
  // The whole guide on one page: marked nowhere, larger than a chunk, the word everywhere.
  'print/index.html': page(`<h1>The guide</h1>${'<p>Power and reciprocity.</p>'.repeat(5000)}`),
  'about/index.html': page('<main DATA-PAGEFIND-BODY><h1>About</h1></main>'),
};

describe('the pages Pagefind reads', () => {
  it('are the top-level folders and files that hold a page marked with data-pagefind-body, in any case', () => {
    expect(pagefindGlob(site(guide))).toBe('{about/**/*.html,glossary/**/*.html,guidance/**/*.html}');
    expect(pagefindGlob(site({ 'index.html': article('Home'), 'print/index.html': page('') }))).toBe('{index.html}');
  });

  it('include a page whose mark lies across two chunks of reading', () => {
    const html = (filler: number) => page(`<div title="${'x'.repeat(filler)}" data-pagefind-body>Text</div>`);
    // The attribute starts 8 bytes before the end of the first 64 KB.
    const filler = (1 << 16) - 8 - html(0).indexOf('data-pagefind-body');
    expect(html(filler).indexOf('data-pagefind-body')).toBe((1 << 16) - 8);
    expect(pagefindGlob(site({ 'long/index.html': html(filler) }))).toBe('{long/**/*.html}');
  });

  it('are every page where no page is marked, or a name cannot be written in a glob', () => {
    expect(pagefindGlob(site({ 'index.html': page('Home'), 'print/index.html': page('Guide') }))).toBeUndefined();
    expect(pagefindGlob(site({ 'a{b}/index.html': article('Braces') }))).toBeUndefined();
  });

  it('give Pagefind the same index as every page does', { timeout: 60_000 }, async () => {
    const dir = site(guide);
    const indexed = async (glob: string | undefined, output: string) => {
      const { index } = await createIndex({ forceLanguage: 'en' });
      await index!.addDirectory(glob ? { path: dir, glob } : { path: dir });
      await index!.writeFiles({ outputPath: join(dir, output) });
      return [...pageRecords(join(dir, output))];
    };
    try {
      const [narrowed, whole] = [await indexed(pagefindGlob(dir), 'narrowed'), await indexed(undefined, 'whole')];
      expect(narrowed.map((record) => record.url).sort()).toEqual(['/about/', '/glossary/reciprocity/', '/guidance/power/']);
      expect(narrowed).toEqual(whole);
    } finally {
      await close();
    }
  });
});
