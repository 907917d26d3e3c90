/**
 * Content rules the schemas cannot express: guidance without citations is
 * opinion, and a case study must cite, in its text, the sources it lists.
 */
import { describe, expect, it } from 'vitest';
import { citedKeysInOrder } from '../../src/citations/collect.ts';
import { scanCitations, withoutFrontmatter } from '../../src/citations/scan.ts';
import { readContentFiles } from '../../src/integrations/citation-check.ts';
import { load } from 'js-yaml';

const root = new URL('../../', import.meta.url).pathname;
const files = readContentFiles(`${root}content`, root);
const inFolder = (folder: string) => files.filter((file) => file.path.startsWith(`content/${folder}/`));
const citedIn = (source: string, path: string) => citedKeysInOrder(scanCitations(withoutFrontmatter(source).body, path.endsWith('.mdx')));

describe('content', () => {
  it('has guidance, case studies, evidence and glossary to check', () => {
    expect(inFolder('guidance').length).toBeGreaterThanOrEqual(11);
    expect(inFolder('case-studies').length).toBeGreaterThanOrEqual(8);
    expect(inFolder('evidence').length).toBe(5);
    expect(inFolder('glossary').length).toBeGreaterThanOrEqual(25);
  });

  it('cites evidence on every guidance page', () => {
    const uncited = inFolder('guidance').filter(({ source, path }) => citedIn(source, path).length === 0).map((file) => file.path);
    expect(uncited).toEqual([]);
  });

  it('cites, in the text of every case study, each source its frontmatter lists', () => {
    const missing = inFolder('case-studies').flatMap(({ source, path }) => {
      const { sources } = load(withoutFrontmatter(source).frontmatter) as { sources: string[] };
      const cited = new Set(citedIn(source, path));
      return sources.filter((key) => !cited.has(key)).map((key) => `${path}: ${key}`);
    });
    expect(missing).toEqual([]);
  });

  it('cites its own source on every evidence page', () => {
    const missing = inFolder('evidence').filter(({ source, path }) => {
      const { citationKey } = load(withoutFrontmatter(source).frontmatter) as { citationKey: string };
      return !citedIn(source, path).includes(citationKey);
    });
    expect(missing.map((file) => file.path)).toEqual([]);
  });
});
