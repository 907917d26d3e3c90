/**
 * Markdown in, HTML out: one folder per case under fixtures/, named as a
 * sentence. Run with UPDATE_FIXTURES=1 to rewrite output.html (or error.txt)
 * after a deliberate change, and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CitationContext } from '../../src/citations/citations-plugin.ts';
import { citationsPlugin, UnknownCitationError } from '../../src/citations/citations-plugin.ts';
import { compileMdx, renderMarkdown } from '../markdown/render.ts';
import { citationContext, fixtureBibliography } from './context.ts';

type CitationStyle = 'apa' | 'harvard' | 'vancouver';
const fixtures = new URL('./fixtures/', import.meta.url);
const bibliography = fixtureBibliography();
const contexts = new Map<CitationStyle, CitationContext>();
const context = (style: CitationStyle) => contexts.get(style) ?? contexts.set(style, citationContext(bibliography, style)).get(style)!;

const plugins = (style: CitationStyle) => ({ mdastPlugins: [citationsPlugin({ context: () => context(style) })] });

async function render(markdown: string, style: CitationStyle): Promise<{ html?: string; messages: string[] }> {
  try {
    return { html: await renderMarkdown(markdown, plugins(style)), messages: [] };
  } catch (error) {
    if (error instanceof UnknownCitationError) return { messages: error.problems };
    throw error;
  }
}

const cases = readdirSync(fixtures).filter((name) => existsSync(new URL(`${name}/input.md`, fixtures)));

describe('citations plugin', () => {
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
    const code = await compileMdx('First [@makey2022].\n\n<References />\n\nAfterword.\n', plugins('apa'));
    const order = ['First', 'page-references', 'Afterword'].map((text) => code.indexOf(text));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(code).not.toContain('References,');
  });

  it('stops with the position of the first unknown key, for the MDX compiler to show', async () => {
    await expect(renderMarkdown('Fine.\n\nOne [@webb2012].', plugins('apa'))).rejects.toMatchObject({ line: 3, column: 5 });
  });
});
