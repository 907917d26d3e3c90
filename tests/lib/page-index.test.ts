import mdx from '@astrojs/mdx';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedKeysInOrder } from '../../src/citations/collect.ts';
import { parseContent, scanCitations, withoutFrontmatter } from '../../src/citations/scan.ts';
import { termMatcher } from '../../src/glossary/match.ts';
import { readGlossaryTerms } from '../../src/glossary/terms.ts';
import { findFirstUses } from '../../src/glossary/glossary-links-plugin.ts';
import { indexPages, rememberAnalysis, type IndexedPage } from '../../src/lib/page-index.ts';

const matcher = termMatcher([
  { id: 'ebcd', phrases: ['EBCD'] },
  { id: 'reciprocity', phrases: ['Reciprocity'] },
]);

const page = (href: string, body: string, extra: Partial<IndexedPage> = {}): IndexedPage => ({ title: href, href, body, mdx: true, frontmatterKeys: [], isGlossaryEntry: false, ...extra });

describe('indexPages', () => {
  const index = indexPages(
    [
      page('/guidance/a/', 'EBCD works [@b; @a]. Again [@a, p. 3] and @a found reciprocity.'),
      page('/case-studies/c/', 'Nothing cited here but EBCD.', { frontmatterKeys: ['c'] }),
      page('/glossary/#ebcd', 'EBCD is defined [@a].', { isGlossaryEntry: true }),
    ],
    matcher,
  );

  it('counts every citation a page makes, in order of first citation', () => {
    expect([...index.citationCounts.get('/guidance/a/')!]).toEqual([['b', 1], ['a', 3]]);
    expect(index.citationCounts.get('/case-studies/c/')!.size).toBe(0);
  });

  it('lists each citing page once per key, frontmatter keys included', () => {
    expect(index.citedOn.get('a')!.map((p) => p.href)).toEqual(['/guidance/a/', '/glossary/#ebcd']);
    expect(index.citedOn.get('c')!.map((p) => p.href)).toEqual(['/case-studies/c/']);
  });

  it('records term uses outside glossary entries only', () => {
    expect(index.termUses.get('ebcd')!.map((p) => p.href)).toEqual(['/guidance/a/', '/case-studies/c/']);
    expect(index.termUses.get('reciprocity')!.map((p) => p.href)).toEqual(['/guidance/a/']);
  });
});

describe('indexPages after the citation check', () => {
  it('reuses the analysis the check left for the same text, whatever blank lines the frontmatter left before it', () => {
    // The check saw the file with its frontmatter blanked; Astro hands the pages the body alone.
    rememberAnalysis('\n\n\n\nLeft by the check [@a].', true, { counts: new Map([['remembered', 1]]), termIds: ['ebcd'] });
    const index = indexPages([page('/guidance/a/', 'Left by the check [@a].'), page('/guidance/b/', 'Parsed afresh [@a].')], matcher);
    expect([...index.citationCounts.get('/guidance/a/')!.keys()]).toEqual(['remembered']);
    expect(index.termUses.get('ebcd')!.map((p) => p.href)).toEqual(['/guidance/a/']);
    expect([...index.citationCounts.get('/guidance/b/')!.keys()]).toEqual(['a']);
  });

  it("finds the check's analysis from the body Astro's MDX entry type gives a content entry", async () => {
    const fileUrl = new URL('../../src/create/starter/content/guidance/checking-for-risks.mdx', import.meta.url);
    const source = readFileSync(fileUrl, 'utf8');
    rememberAnalysis(withoutFrontmatter(source).body, true, { counts: new Map([['from-the-check', 1]]), termIds: [] });
    // The entry type @astrojs/mdx registers is what makes entry.body (it trims the file's final newline, for one).
    let getEntryInfo: ((params: { fileUrl: URL; contents: string }) => Promise<{ body: string }>) | undefined;
    const setup = mdx().hooks['astro:config:setup'] as (params: unknown) => Promise<void>;
    await setup({ config: {}, updateConfig() {}, addPageExtension() {}, addRenderer() {}, addContentEntryType: (type: { getEntryInfo: typeof getEntryInfo }) => (getEntryInfo = type.getEntryInfo) });
    const astroBody = (await getEntryInfo!({ fileUrl, contents: source })).body;
    expect([...indexPages([page('/guidance/checking-for-risks/', astroBody)], matcher).citationCounts.get('/guidance/checking-for-risks/')!.keys()]).toEqual(['from-the-check']);
  });
});

describe('indexPages on a whole site', () => {
  // The per-registry parses it replaced: one scan per page for citations, another for terms. On the starter site's content.
  const contentDir = new URL('../../src/create/starter/content/', import.meta.url).pathname;
  const realMatcher = termMatcher(readGlossaryTerms(join(contentDir, 'glossary')));
  const pages = ['guidance', 'case-studies', 'evidence', 'glossary'].flatMap((folder) =>
    readdirSync(join(contentDir, folder))
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => page(`/${folder}/${name}`, withoutFrontmatter(readFileSync(join(contentDir, folder, name), 'utf8')).body, { mdx: name.endsWith('.mdx'), isGlossaryEntry: folder === 'glossary' })),
  );
  const index = indexPages(pages, realMatcher);

  it('gives every page the same citations and terms as parsing it separately for each registry', () => {
    expect([...index.termUses.keys()]).toContain('walking-aid');
    for (const { href, body, mdx, isGlossaryEntry } of pages) {
      const found = scanCitations(body, mdx);
      expect([...index.citationCounts.get(href)!.keys()]).toEqual(citedKeysInOrder(found));
      expect([...index.citationCounts.get(href)!.values()].reduce((a, b) => a + b, 0)).toBe(found.reduce((n, f) => n + f.citation.items.length, 0));
      const terms = isGlossaryEntry ? [] : findFirstUses(parseContent(body, mdx).tree, realMatcher).map((use) => use.id);
      expect([...index.termUses].filter(([, users]) => users.some((user) => user.href === href)).map(([id]) => id).sort()).toEqual([...terms].sort());
    }
  });
});
