import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { rendersFromSource, storeForSourceRendering } from '../../src/markdown/source-loader.ts';

describe('rendersFromSource', () => {
  const markdown = ['## Power', '', 'Staff and patients [@makey2022, p. 3] share *power*.', '', '- one', '- two', '', '| a | b |', '| - | - |', '| 1 | 2 |', '', 'See [the guide](/guidance/power/).', '', '```', 'code', '```'].join('\n');

  it('renders Markdown, and MDX that is only Markdown, from source', () => {
    expect(rendersFromSource(markdown, false)).toBe(true);
    expect(rendersFromSource(markdown, true)).toBe(true);
  });

  it('leaves pages with images to Astro, whose image pipeline resolves them', () => {
    expect(rendersFromSource('Text.\n\n![A ward round](./ward.jpg)', false)).toBe(false);
    expect(rendersFromSource('Text.\n\n![A ward round][ward]\n\n[ward]: ./ward.jpg', true)).toBe(false);
  });

  it.each([
    ['an import', "import Callout from '../components/Callout.astro';\n\nText."],
    ['a component', 'Text.\n\n<Callout>Note</Callout>'],
    ['the reference list placeholder', 'Text [@makey2022].\n\n<References />'],
    ['an expression', 'Reviewed {frontmatter.lastReviewed}.'],
    ['an MDX comment', 'Text.\n\n{/* a note to maintainers */}'],
    // MDX reads indented lines as a paragraph; Markdown would make them code.
    ['indented lines', 'Text.\n\n    indented line'],
    ['MDX that does not parse', 'A <broken tag.'],
  ])('leaves MDX with %s to the MDX compiler', (_, body) => {
    expect(rendersFromSource(body, true)).toBe(false);
  });

  it('renders Markdown with indented code from source: it means code in Markdown', () => {
    expect(rendersFromSource('Text.\n\n    indented code', false)).toBe(true);
  });
});

interface Stored {
  id: string;
  filePath?: string;
  body?: string;
  deferredRender?: boolean;
}

async function store(entries: Stored[]): Promise<Map<string, Stored>> {
  const stored = new Map<string, Stored>();
  const context = { collection: 'guidance', store: { set: (entry: Stored) => (stored.set(entry.id, entry), true) } } as unknown as LoaderContext;
  const loader: Loader = {
    name: 'deferring',
    load: async ({ store }) => {
      for (const entry of entries) store.set(entry as Parameters<typeof store.set>[0]);
    },
  };
  await storeForSourceRendering(loader).load(context);
  return stored;
}

describe('storeForSourceRendering', () => {
  it('stores pages that render from source with no module and no text', async () => {
    const stored = await store([
      { id: 'power', filePath: 'content/guidance/power.mdx', body: 'Staff share *power*.', deferredRender: true },
      { id: 'values', filePath: 'content/guidance/values.md', body: 'Values.', deferredRender: true },
    ]);
    expect(stored.get('power')).toEqual({ id: 'power', filePath: 'content/guidance/power.mdx', deferredRender: false });
    expect(stored.get('values')).toEqual({ id: 'values', filePath: 'content/guidance/values.md', deferredRender: false });
  });

  it('keeps the module for pages Astro must render, still without their text', async () => {
    const stored = await store([
      { id: 'callout', filePath: 'content/guidance/callout.mdx', body: '<Callout>Note</Callout>', deferredRender: true },
      { id: 'photo', filePath: 'content/guidance/photo.md', body: '![A ward round](./ward.jpg)', deferredRender: true },
    ]);
    expect([...stored.values()].map((entry) => [entry.id, entry.deferredRender, entry.body])).toEqual([
      ['callout', true, undefined],
      ['photo', true, undefined],
    ]);
  });
});
