/**
 * Markdown in, HTML out: one folder per case under fixtures/, named as a
 * sentence. Run with UPDATE_FIXTURES=1 to rewrite output.html (or error.txt)
 * after a deliberate change, and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadBibliography } from '../../src/citations/bibliography.ts';
import { CitationFormatter } from '../../src/citations/format.ts';
import { remarkCitations } from '../../src/citations/remark-citations.ts';
import type { CitationStyle } from '../../src/citations/styles.ts';

const fixtures = new URL('./fixtures/', import.meta.url);
const bibliography = loadBibliography(fileURLToPath(new URL('bibliography/', fixtures)), 'fixtures/bibliography');
const formatters = new Map<CitationStyle, CitationFormatter>();
const formatter = (style: CitationStyle) => formatters.get(style) ?? formatters.set(style, new CitationFormatter(bibliography, style)).get(style)!;

async function render(markdown: string, style: CitationStyle) {
  const file = new VFile({ path: 'page.md', value: markdown });
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCitations, { context: () => ({ bibliography, formatter: formatter(style) }) })
    .use(remarkRehype)
    .use(rehypeStringify);
  try {
    return { html: String(await processor.process(file)), messages: file.messages.map(String) };
  } catch {
    return { html: undefined, messages: file.messages.map(String) };
  }
}

const cases = readdirSync(fixtures).filter((name) => existsSync(new URL(`${name}/input.md`, fixtures)));

describe('remark-citations', () => {
  it.each(cases)('%s', async (name) => {
    const folder = new URL(`${name}/`, fixtures);
    const options = existsSync(new URL('options.json', folder)) ? JSON.parse(readFileSync(new URL('options.json', folder), 'utf8')) : {};
    const { html, messages } = await render(readFileSync(new URL('input.md', folder), 'utf8'), options.style ?? 'apa');
    const [expectedFile, actual] = html === undefined ? ['error.txt', `${messages.join('\n')}\n`] : ['output.html', `${html}\n`];
    const expectedUrl = new URL(expectedFile, folder);
    if (process.env.UPDATE_FIXTURES || !existsSync(expectedUrl)) writeFileSync(expectedUrl, actual);
    expect(actual).toBe(readFileSync(expectedUrl, 'utf8'));
  });

  it('links every citation to an entry that exists in the reference list', async () => {
    const { html } = await render('A [@makey2022; @webb2021] and @cahn2004 says.', 'apa');
    const targets = [...html!.matchAll(/href="#(ref-[^"]+)"/g)].map((m) => m[1]);
    const ids = new Set([...html!.matchAll(/<li id="(ref-[^"]+)"/g)].map((m) => m[1]));
    expect(targets).toHaveLength(3);
    for (const target of targets) expect(ids).toContain(target);
  });

  it('renders "Makey et al. (2022) says" for a narrative citation in APA', async () => {
    const { html } = await render('@makey2022 says so.', 'apa');
    expect(html).toContain('>Makey et al. (2022)</a>');
  });

  it('reports every unknown key with file:line:column and a suggestion', async () => {
    const { html, messages } = await render('One [@webb2012].\n\nTwo @makey2023.', 'apa');
    expect(html).toBeUndefined();
    expect(messages.slice(0, 2)).toEqual([
      'page.md:1:5: Unknown citation key "@webb2012": no entry in content/bibliography/ has this key. Did you mean @webb2021? Add the work to a .bib file, fix the key, or write \\@ for a literal @.',
      'page.md:3:5: Unknown citation key "@makey2023": no entry in content/bibliography/ has this key. Did you mean @makey2022? Add the work to a .bib file, fix the key, or write \\@ for a literal @.',
    ]);
  });

  it('puts the reference list where <References /> stands in MDX, instead of at the end', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkCitations, { context: () => ({ bibliography, formatter: formatter('apa') }) });
    const tree = (await processor.run(processor.parse('First [@makey2022].\n\n<References />\n\nAfterword.\n'))) as Root;
    const kinds = tree.children.map((node) => (node.data && 'hName' in node.data ? `hast:${String(node.data.hName)}` : node.type));
    expect(kinds).toEqual(['paragraph', 'hast:section', 'paragraph']);
  });
});

