import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/citations/check.ts';
import { duplicateAddresses } from '../../src/content-checks/duplicate-addresses.ts';

const page = (name: string, frontmatter = '') => ({ path: `content/guidance/${name}`, source: `---\ntitle: x\n${frontmatter}---\n` });

describe('pages that share an address', () => {
  it('finds two file names that become the same address, as Astro slugifies them', () => {
    expect(duplicateAddresses([page('My Page.mdx'), page('my-page.md')], 'content/guidance').map(formatProblem)).toEqual([
      'content/guidance/my-page.md:1:1: This page has the address "my-page", which content/guidance/My Page.mdx already has, so one of them would be left out of the site. Give this page its own slug (or file name).',
    ]);
  });

  it('blames the page whose slug repeats another page’s file name, at its slug line', () => {
    const problems = duplicateAddresses([page('a.mdx', 'slug: power\n'), page('power.mdx')], 'content/guidance').map(formatProblem);
    expect(problems).toEqual([expect.stringMatching(/^content\/guidance\/a\.mdx:3:1: This page has the address "power", which content\/guidance\/power\.mdx already has/)]);
  });

  it('lets pages in different folders of one collection keep the same file name', () => {
    expect(duplicateAddresses([page('one/intro.mdx'), page('two/intro.mdx')], 'content/guidance')).toEqual([]);
  });
});
