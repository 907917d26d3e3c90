import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/links/check-links.ts';
import { locateLink } from '../../src/links/locate.ts';

const site = fileURLToPath(new URL('./fixtures/site/', import.meta.url));

describe('checkLinks', () => {
  it('reports links to missing pages and missing #fragments, and nothing else', () => {
    expect(checkLinks(site)).toEqual([
      { page: '/', href: '/guidance/powr/', reason: 'no page or file exists at that address' },
      { page: '/', href: '/guidance/power/#nowhere', reason: 'the page has no element with id "nowhere"' },
    ]);
  });

  it('reads links under a base path, and flags those that leave it', () => {
    const broken = checkLinks(site, '/kb/').map((link) => link.href);
    expect(broken).toContain('/guidance/power/');
  });
});

describe('locateLink', () => {
  it('finds where a link is written in content, by file, line and column', () => {
    const files = [
      { path: 'content/guidance/a.mdx', source: '---\ntitle: A\n---\n\nSee [power](/guidance/powr/) and [more](/guidance/powr/ "title"), [again](/guidance/powr/).\n' },
      { path: 'content/guidance/b.mdx', source: 'Nothing here.\n' },
    ];
    expect(locateLink(files, '/guidance/powr/')).toEqual([
      { path: 'content/guidance/a.mdx', line: 5, column: 12 },
      { path: 'content/guidance/a.mdx', line: 5, column: 74 },
      { path: 'content/guidance/a.mdx', line: 5, column: 40 },
    ]);
  });
});
