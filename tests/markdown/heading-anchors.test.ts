import { describe, expect, it } from 'vitest';
import { headingAnchors } from '../../src/markdown/heading-anchors.ts';
import { renderMarkdown } from './render.ts';

const run = (html: string) => renderMarkdown(html, { hastPlugins: [headingAnchors], html: true });

describe('heading anchors', () => {
  it('gives a heading a slugged id and a labelled link to itself beside it', async () => {
    expect(await run('<h2>In practice</h2>')).toBe(
      '<div class="heading-wrapper"><h2 id="in-practice">In practice</h2><a class="heading-anchor" href="#in-practice" data-pagefind-ignore=""><span aria-hidden="true">#</span><span class="visually-hidden">Link to this section: In practice</span></a></div>',
    );
  });

  it('slugs repeated headings as Astro does, and keeps an id already given', async () => {
    const html = await run('<h3>Barriers</h3><h3>Barriers</h3><h2 id="kept">Other</h2>');
    expect([...html.matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1])).toEqual(['barriers', 'barriers-1', 'kept']);
  });

  it('leaves h1 and paragraphs alone', async () => {
    expect(await run('<h1>Title</h1><p>Text</p>')).toBe('<h1>Title</h1><p>Text</p>');
  });
});
