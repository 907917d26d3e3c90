import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectCitations } from '../../src/citations/collect.ts';
import { parseFile } from '../../src/citations/scan.ts';
import { siteLocators } from '../../src/citations/site-style.ts';
import { contentAnchors } from '../../src/links/content-anchors.ts';
import { contentLinks } from '../../src/links/content-links.ts';
import { renderSource } from '../../src/markdown/render-source.ts';

const source = `---
title: A page
---

## Findings [@makey2022] and *more*

### Using \`code\`, [a link](/guidance/power/) and EBCD

## Webb (2021) found @webb2021 [p. 3]

## Ideas [*see* @makey2022, p. 3] and \`more\` ideas

## What? Why! 50% - "quotes" & ampersands

## Findings and more

#### Findings and more

##### Findings and more

# A title   [@webb2021]

###### A title

<div id="written-in-html">Text</div>
`;

const read = (path: string, text: string) => {
  const read = parseFile({ path, source: text });
  const tree = read.parsed!.tree;
  return { tree, body: read.body, found: collectCitations(tree, read.body, siteLocators()) };
};

describe('content anchors', () => {
  // A cite's id and its preview's are numbered in page order, so they change as the page is edited: nothing should link to them.
  it('knows from the source exactly the ids the rendered page has, citations and their previews aside', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'anchors-')), 'page.md');
    writeFileSync(file, source);
    const rendered = [...(await renderSource(file)).matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!).filter((id) => !/^cite-(preview-)?\d+$/.test(id));
    const { tree, found } = read('content/guidance/page.md', source);
    expect(contentAnchors(tree, found).sort()).toEqual(rendered.sort());
  });

  it('lists a work cited through another with the work it is known through', () => {
    const { tree, found } = read('content/guidance/page.md', 'A study [@smith2019].\n');
    const through: Record<string, string> = { smith2019: 'review2020' };
    const listed = (keys: string[]) => keys.flatMap((key) => [key, through[key] ?? []].flat());
    expect(contentAnchors(tree, found, listed)).toEqual(['page-references', 'ref-smith2019', 'ref-review2020']);
  });

  it('gives a page without citations no reference list', () => {
    const { tree, found } = read('content/guidance/page.md', '## Only a heading\n');
    expect(contentAnchors(tree, found)).toEqual(['only-a-heading']);
  });
});

describe('content links', () => {
  it('finds every kind of link at the line and column of its address', () => {
    const text = '---\ntitle: A\n---\n\nSee [power [1]](/guidance/power/ "Power") and [the list][list].\n\n[list]: /guidance/\n\n<p>Or <a class="x" href="/references/#makey2022">this</a>.</p>\n';
    const { tree, body } = read('content/guidance/page.md', text);
    expect(contentLinks(tree, body)).toEqual([
      { href: '/guidance/power/', line: 5, column: 17 },
      { href: '/guidance/', line: 7, column: 9 },
      { href: '/references/#makey2022', line: 9, column: 7 },
    ]);
  });

  it('reads <a href> in MDX', () => {
    const { tree, body } = read('content/guidance/page.mdx', 'Read <a href="/glossary/#ebcd">EBCD</a>.\n');
    expect(contentLinks(tree, body)).toEqual([{ href: '/glossary/#ebcd', line: 1, column: 6 }]);
  });
});
