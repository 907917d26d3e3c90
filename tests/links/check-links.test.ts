import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/links/check-links.ts';
import { linkLocator } from '../../src/links/locate.ts';

const site = fileURLToPath(new URL('./fixtures/site/', import.meta.url));

describe('checkLinks', () => {
  it('reports links to missing pages and missing #fragments, with the nearest address or id, and nothing else', () => {
    expect(checkLinks(site)).toEqual([
      { page: '/', href: '/guidance/powr/', reason: 'no page has the address /guidance/powr/. Did you mean /guidance/power/?' },
      { page: '/', href: '/guidance/power/#nowhere', reason: '/guidance/power/ has no section with the id "nowhere". A section\'s id is its heading in lowercase with hyphens, e.g. #in-practice.' },
    ]);
  });

  it('reads links under a base path, and flags those that leave it', () => {
    const broken = checkLinks(site, '/kb/').map((link) => link.href);
    expect(broken).toContain('/guidance/power/');
  });
});

describe('linkLocator', () => {
  const files = [
    { path: 'content/guidance/a.mdx', source: '---\ntitle: A\n---\n\nSee [power](/guidance/powr/) and [more](/guidance/powr/ "title"), [again](/guidance/powr/).\n' },
    { path: 'content/guidance/b.mdx', source: 'Nothing here.\n\n[ref]: /guidance/powr/\n[other]: /guidance/powr/#in-practice\n' },
  ];
  const locate = linkLocator(files);

  it('finds where a link is written in content, by file, line and column', () => {
    expect(locate('/guidance/powr/')).toEqual([
      { path: 'content/guidance/a.mdx', line: 5, column: 12 },
      { path: 'content/guidance/a.mdx', line: 5, column: 40 },
      { path: 'content/guidance/a.mdx', line: 5, column: 74 },
      { path: 'content/guidance/b.mdx', line: 3, column: 6 },
    ]);
  });

  it('matches the whole address, not a link that only starts with it', () => {
    expect(locate('/guidance/powr/#in-practice')).toEqual([{ path: 'content/guidance/b.mdx', line: 4, column: 8 }]);
    expect(locate('/guidance/')).toEqual([]);
  });
});
