import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { withoutFrontmatter } from '../../src/citations/scan.ts';
import { pageTypes, scaffold, slugFor, type PageType } from '../../src/scaffold/scaffold.ts';
import { siteLists } from '../schemas/site-lists.ts';

const lists = siteLists(['understanding', 'inclusion']);
const make = (type: PageType) => scaffold({ type, title: 'Sharing power: a first try', today: new Date('2026-11-23'), lists, exampleKey: 'makey2022' });

describe('scaffold', () => {
  it.each(Object.keys(pageTypes) as PageType[])('writes a %s page that passes its schema, with review dates a year apart', (type) => {
    const { text } = make(type);
    const { frontmatter } = withoutFrontmatter(text);
    // Parsed as Astro parses content frontmatter (dates become dates).
    const result = pageTypes[type].schema(lists).safeParse(parseFrontmatter(text).frontmatter);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(frontmatter).toContain('lastReviewed: 2026-11-23');
    expect(frontmatter).toContain('nextReviewDue: 2027-11-23');
  });

  it('explains every field with the schema description above it', () => {
    const lines = withoutFrontmatter(make('case-study').text).frontmatter.split('\n');
    const fields = lines.map((line, index) => [line, lines[index - 1]] as const).filter(([line]) => /^[a-zA-Z]+:/.test(line));
    expect(fields.length).toBeGreaterThan(10);
    for (const [, above] of fields) expect(above).toMatch(/^# \S/);
  });

  it('names the file after the title, in the collection folder', () => {
    expect(make('case-study').path).toBe('content/case-studies/sharing-power-a-first-try.mdx');
    expect(make('term').path).toBe('content/glossary/sharing-power-a-first-try.md');
    expect(slugFor('What is co-production?')).toBe('what-is-co-production');
  });
});
