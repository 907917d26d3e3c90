import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { siteProblems } from '../../src/build-checks/check-site.ts';
import { contentPageProblems, readContentEntries } from '../../src/build-checks/content-pages.ts';
import { indexedUrls } from '../../src/build-checks/search-index.ts';
import { sitemapFilter, sitemapProblems } from '../../src/build-checks/sitemap.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (path → text or bytes) into a new temporary folder. */
function tree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'check-site-'));
  made.push(root);
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), data);
  }
  return root;
}

const fragment = (record: unknown) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(record)}`));
const page = (body = '', head = '') => `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;
const noindex = '<meta name="robots" content="noindex">';
const sitemap = (...paths: string[]) => `<urlset>${paths.map((p) => `<url><loc>https://kb.example.org${p}</loc></url>`).join('')}</urlset>`;

const content = {
  'guidance/power.mdx': '---\ntitle: Power\n---\nText.\n',
  'guidance/moved.mdx': '---\ntitle: Moved\nslug: new-home\n---\nText.\n',
  'glossary/ebcd.md': '---\nterm: EBCD\n---\n',
};
const goodSite = {
  'index.html': page(),
  '404.html': page('', noindex),
  'search/index.html': page('', noindex),
  'guidance/power/index.html': page('<h1 id="power">Power</h1>'),
  'guidance/new-home/index.html': page(),
  'glossary/ebcd/index.html': page('<h1>EBCD</h1>'),
  'pagefind/fragment/en_1.pf_fragment': fragment({ url: '/guidance/power/' }),
  'pagefind/fragment/en_2.pf_fragment': fragment({ url: '/guidance/new-home/' }),
  'pagefind/fragment/en_3.pf_fragment': fragment({ url: '/glossary/ebcd/' }),
};

describe('siteProblems', () => {
  it('passes a site where every content file has its page in the search index', () => {
    expect(siteProblems({ dir: tree(goodSite), base: '/', contentDir: tree(content), expectSitemap: false })).toEqual([]);
  });

  it('names the content file whose page was not built', () => {
    const { 'guidance/new-home/index.html': _, 'glossary/ebcd/index.html': __, ...rest } = goodSite;
    expect(siteProblems({ dir: tree(rest), base: '/', contentDir: tree(content), expectSitemap: false })).toEqual([
      'content/guidance/moved.mdx: no page was built at /guidance/new-home/. Check the page template for its collection in src/routes/.',
      'content/glossary/ebcd.md: no page was built at /glossary/ebcd/. Check the page template for its collection in src/routes/.',
    ]);
  });

  it('names the content file whose page is missing from the search index', () => {
    const dir = tree(goodSite);
    rmSync(join(dir, 'pagefind/fragment/en_2.pf_fragment'));
    expect(siteProblems({ dir, base: '/', contentDir: tree(content), expectSitemap: false })).toEqual([
      'content/guidance/moved.mdx: its page /guidance/new-home/ is not in the search index. Its template must mark the content with data-pagefind-body.',
    ]);
  });

  it('requires a sitemap listing exactly the public pages when the site has a public URL, under its base path', () => {
    const index = '<sitemapindex><sitemap><loc>https://kb.example.org/kb/sitemap-0.xml</loc></sitemap></sitemapindex>';
    const check = (files: Record<string, string>, expectSitemap = true) =>
      siteProblems({ dir: tree({ ...goodSite, ...files }), base: '/kb/', contentDir: tree(content), expectSitemap });
    const all = ['/kb/', '/kb/guidance/power/', '/kb/guidance/new-home/', '/kb/glossary/ebcd/'];
    expect(check({ 'sitemap-index.xml': index, 'sitemap-0.xml': sitemap(...all) })).toEqual([]);
    expect(check({})).toEqual(['the site has a public URL but no sitemap-index.xml was written.']);
    expect(check({ 'sitemap-index.xml': index, 'sitemap-0.xml': sitemap(...all) }, false)).toEqual([
      'a sitemap was written for a site without a public URL (siteUrl / SITE_URL).',
    ]);
    expect(check({ 'sitemap-index.xml': index, 'sitemap-0.xml': sitemap('/kb/', '/kb/guidance/power/', '/kb/glossary/ebcd/', '/kb/search/') })).toEqual([
      '/guidance/new-home/ is a public page but the sitemap does not list it (see sitemapFilter in src/build-checks/sitemap.ts).',
      'the sitemap lists /search/, which is not a public page (it is missing, or marked noindex).',
    ]);
  });
});

describe('contentPageProblems', () => {
  it('stops two files that claim one address, since only one of them would be published', () => {
    const entries = readContentEntries(tree({ 'evidence/a.md': '---\nslug: same\n---\n', 'evidence/b.md': '---\nslug: same\n---\n' }), ['evidence']);
    expect(contentPageProblems(entries, (e) => `/evidence/${e.id}/`, new Map([['/evidence/same/', new Set()]]))).toEqual([
      'content/evidence/b.md: has the same address (/evidence/same/) as content/evidence/a.md, so only one of them is published. Give one a different file name or slug.',
    ]);
  });

  it('gives entries the ids Astro does: the slug, or the file path slugged', () => {
    const entries = readContentEntries(tree({ 'guidance/Sub Folder/Two Words.md': 'x', 'guidance/sub/index.md': 'x', 'guidance/s.md': '---\nslug: own\n---\n' }), ['guidance', 'missing']);
    expect(entries.map((e) => e.id)).toEqual(['sub-folder/two-words', 'own', 'sub']);
  });
});

describe('indexedUrls', () => {
  it('reads single-page fragments and the grouped fragments of large sites', () => {
    const bundle = tree({
      'fragment/en_a.pf_fragment': fragment({ url: '/a/', content: 'A' }),
      'fragment/en_g.pf_fragment': fragment({ en_b: { url: '/b/' }, en_c: { url: '/c/' } }),
    });
    expect([...indexedUrls(bundle)].sort()).toEqual(['/a/', '/b/', '/c/']);
  });
});

describe('sitemapFilter', () => {
  it('leaves out the 404 page, the search page and redirects, under the base path', () => {
    const keep = sitemapFilter('/kb/', ['/guidance/old/']);
    const urls = ['/kb/', '/kb/404/', '/kb/search/', '/kb/guidance/old/', '/kb/guidance/new/'].map((p) => `https://kb.example.org${p}`);
    expect(urls.filter(keep)).toEqual(['https://kb.example.org/kb/', 'https://kb.example.org/kb/guidance/new/']);
  });
});

describe('sitemapProblems', () => {
  it('reports a page listed twice', () => {
    expect(sitemapProblems(['/a/', '/a/'], ['/a/'])).toEqual(['the sitemap lists /a/ more than once.']);
  });
});
