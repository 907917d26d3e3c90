import { describe, expect, it } from 'vitest';
import { baseLinks } from '../../src/markdown/base-links.ts';
import { renderMarkdown } from './render.ts';

const run = (markdown: string, base: string) => renderMarkdown(markdown, { hastPlugins: baseLinks(base) });

describe('base links', () => {
  it('puts the base path in front of root-relative links', async () => {
    expect(await run('[Power](/guidance/power/#sharing)', '/kb/')).toBe('<p><a href="/kb/guidance/power/#sharing">Power</a></p>');
  });

  it('leaves other sites, protocol-relative, fragment and relative links alone', async () => {
    expect(await run('[a](https://doi.org/10.1/x)[b](//cdn.example/x)[c](#ref-x)[d](../power/)', '/kb/')).toBe(
      '<p><a href="https://doi.org/10.1/x">a</a><a href="//cdn.example/x">b</a><a href="#ref-x">c</a><a href="../power/">d</a></p>',
    );
  });

  it('changes nothing when the site is at the root, or the link already has the base', async () => {
    expect(await run('[x](/guidance/)', '/')).toBe('<p><a href="/guidance/">x</a></p>');
    expect(await run('[x](/kb/guidance/)', '/kb/')).toBe('<p><a href="/kb/guidance/">x</a></p>');
  });
});
