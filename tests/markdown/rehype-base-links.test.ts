import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks } from '../../src/markdown/rehype-base-links.ts';

const run = async (html: string, base: string) =>
  String(await unified().use(rehypeParse, { fragment: true }).use(rehypeBaseLinks, { base }).use(rehypeStringify).process(html));

describe('rehype-base-links', () => {
  it('puts the base path in front of root-relative links', async () => {
    expect(await run('<a href="/guidance/power/#sharing">Power</a>', '/kb/')).toBe('<a href="/kb/guidance/power/#sharing">Power</a>');
  });

  it('leaves other sites, protocol-relative, fragment and relative links alone', async () => {
    const html = '<a href="https://doi.org/10.1/x">a</a><a href="//cdn.example/x">b</a><a href="#ref-x">c</a><a href="../power/">d</a>';
    expect(await run(html, '/kb/')).toBe(html);
  });

  it('changes nothing when the site is at the root, or the link already has the base', async () => {
    expect(await run('<a href="/guidance/">x</a>', '/')).toBe('<a href="/guidance/">x</a>');
    expect(await run('<a href="/kb/guidance/">x</a>', '/kb/')).toBe('<a href="/kb/guidance/">x</a>');
  });
});
