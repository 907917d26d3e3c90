import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it, vi } from 'vitest';
import { isStaticMdx, renderStaticMdx } from '../../src/markdown/static-mdx.ts';

describe('isStaticMdx', () => {
  it('accepts MDX that is only Markdown: headings, lists, tables, links, citations, fenced code', () => {
    const body = ['## Power', '', 'Staff and patients [@makey2022, p. 3] share *power*.', '', '- one', '- two', '', '| a | b |', '| - | - |', '| 1 | 2 |', '', 'See [the guide](/guidance/power/).', '', '```', 'code', '```'].join('\n');
    expect(isStaticMdx(body)).toBe(true);
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
    expect(isStaticMdx(body)).toBe(false);
  });
});

interface Stored {
  id: string;
  filePath?: string;
  body?: string;
  deferredRender?: boolean;
  rendered?: { html: string };
}

/** A loader context whose store records what is set and whose renderer marks its output. */
function fakeContext(render: (content: string) => Promise<{ html: string }> = async (content) => ({ html: `<p>${content.trim()}</p>` })) {
  const stored = new Map<string, Stored>();
  const errors: string[] = [];
  const context = {
    collection: 'guidance',
    store: { set: (entry: Stored) => (stored.set(entry.id, entry), true), get: (id: string) => stored.get(id) },
    renderMarkdown: vi.fn(render),
    config: { root: new URL('file:///site/') },
    logger: { error: (message: string) => errors.push(message) },
  } as unknown as LoaderContext;
  return { context, stored, errors };
}

const loaderSetting = (entries: Stored[], later?: (set: (entry: Stored) => void) => void): Loader => ({
  name: 'fake',
  load: async ({ store }) => {
    for (const entry of entries) store.set(entry as Parameters<typeof store.set>[0]);
    later?.((entry) => store.set(entry as Parameters<typeof store.set>[0]));
  },
});

describe('renderStaticMdx', () => {
  it('stores a static MDX page rendered, like a Markdown page, so it is never bundled as a module', async () => {
    const { context, stored } = fakeContext();
    await renderStaticMdx(loaderSetting([{ id: 'power', filePath: 'content/guidance/power.mdx', body: 'Staff share *power*.', deferredRender: true }])).load(context);
    expect(stored.get('power')).toMatchObject({ rendered: { html: '<p>Staff share *power*.</p>' }, deferredRender: false });
    expect(context.renderMarkdown).toHaveBeenCalledWith(expect.any(String), { fileURL: new URL('file:///site/content/guidance/power.mdx') });
  });

  it('leaves MDX with components, and Markdown pages, as the loader stored them', async () => {
    const { context, stored } = fakeContext();
    const entries = [
      { id: 'callout', filePath: 'content/guidance/callout.mdx', body: '<Callout>Note</Callout>', deferredRender: true },
      { id: 'plain', filePath: 'content/guidance/plain.md', body: 'Text.', rendered: { html: '<p>Text.</p>' } },
    ];
    await renderStaticMdx(loaderSetting(entries)).load(context);
    expect([...stored.values()]).toEqual(entries);
    expect(context.renderMarkdown).not.toHaveBeenCalled();
  });

  it('keeps a first line of --- as a thematic break, not frontmatter', async () => {
    const { context } = fakeContext();
    await renderStaticMdx(loaderSetting([{ id: 'rule', filePath: 'content/guidance/rule.mdx', body: '---\n\nText.\n\n---', deferredRender: true }])).load(context);
    expect(vi.mocked(context.renderMarkdown).mock.calls[0]![0]).toMatch(/^\n---/);
  });

  it('fails the sync when a page cannot be rendered, so the build stops', async () => {
    const { context } = fakeContext(async () => {
      throw new Error('content/guidance/power.mdx:3:5: unknown citation @nobody');
    });
    await expect(renderStaticMdx(loaderSetting([{ id: 'power', filePath: 'content/guidance/power.mdx', body: 'Text [@nobody].', deferredRender: true }])).load(context)).rejects.toThrow(
      'unknown citation @nobody',
    );
  });

  it('renders an edit made after loading (the dev server) and logs a failure instead of throwing', async () => {
    const { context, stored, errors } = fakeContext(async (content) => {
      if (content.includes('@nobody')) throw new Error('unknown citation @nobody');
      return { html: `<p>${content.trim()}</p>` };
    });
    let setLater: ((entry: Stored) => void) | undefined;
    await renderStaticMdx(loaderSetting([], (set) => (setLater = set))).load(context);
    setLater!({ id: 'good', filePath: 'content/guidance/good.mdx', body: 'Edited.', deferredRender: true });
    setLater!({ id: 'bad', filePath: 'content/guidance/bad.mdx', body: 'Text [@nobody].', deferredRender: true });
    await vi.waitFor(() => expect(errors).toEqual(['content/guidance/bad.mdx: unknown citation @nobody']));
    expect(stored.get('good')?.rendered?.html).toBe('<p>Edited.</p>');
  });
});
