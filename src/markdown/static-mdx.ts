/**
 * MDX pages that hold only Markdown render when content is synced, as
 * Markdown pages do, instead of each becoming a module of the server bundle.
 *
 * Bundling a module per page made up most of a large site's build: at 1,000
 * synthetic MDX pages, the same pages built in 17 s as Markdown against 31 s
 * as MDX modules (bundling 8 s to 2 s, rendering 10 s to 6 s). A page that
 * imports or uses a component, or holds an {expression}, still compiles as
 * MDX, so nothing MDX can do is lost.
 */
import type { Loader } from 'astro/loaders';
import type { Node, Parent } from 'unist';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { contentFeatures } from './features.ts';

const mdxOnly = new Set(['mdxjsEsm', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression']);

function some(node: Node, test: (node: Node) => boolean): boolean {
  return test(node) || ('children' in node && (node as Parent).children.some((child) => some(child, test)));
}

/**
 * Whether an MDX body reads the same as Markdown. Without components or
 * expressions the two syntaxes differ only where Markdown sees raw HTML
 * (MDX has none) or an indented code block (MDX reads the lines as text).
 * MDX that does not parse is left to the MDX compiler, which reports it.
 */
export function isStaticMdx(body: string): boolean {
  try {
    if (some(mdxToMdast(body, { features: contentFeatures, position: false }) as Node, (node) => mdxOnly.has(node.type))) return false;
  } catch {
    return false;
  }
  const markdown = markdownToMdast(body, { features: contentFeatures }) as Node;
  return !some(markdown, (node) => node.type === 'html' || (node.type === 'code' && !/^\s*(?:```|~~~)/.test(body.slice(node.position?.start.offset ?? 0))));
}

/**
 * Wraps a loader (Astro's glob) so that its static MDX entries are stored
 * rendered, like Markdown entries, rather than deferred to an MDX module.
 */
export function renderStaticMdx(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const renders: Promise<void>[] = [];
      let loaded = false;
      const store: typeof context.store = {
        ...context.store,
        set(entry) {
          if (!entry.deferredRender || !entry.filePath?.endsWith('.mdx') || entry.body === undefined || !isStaticMdx(entry.body)) return context.store.set(entry);
          // renderMarkdown reads a leading "---" block as frontmatter; the
          // body has none, so a blank first line keeps a thematic break as one.
          const render = context
            .renderMarkdown(`\n${entry.body}`, { fileURL: new URL(entry.filePath, context.config.root) })
            .then((rendered) => void context.store.set({ ...entry, deferredRender: false, rendered }));
          // The build waits for every render and fails on any error; in the
          // dev server an edit re-renders later, and an error is logged.
          if (loaded) render.catch((error: unknown) => context.logger.error(`${entry.filePath}: ${error instanceof Error ? error.message : String(error)}`));
          else renders.push(render);
          return true;
        },
      };
      await loader.load({ ...context, store });
      loaded = true;
      await Promise.all(renders);
    },
  };
}
