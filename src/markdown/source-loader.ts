/**
 * Which content pages render from their source when their page is built
 * (render-source.ts), and a loader wrapper that stores them unrendered.
 *
 * Astro's glob loader, asked to defer rendering, marks every Markdown and
 * MDX entry for a module of the server bundle. Those that need Astro keep
 * the mark: MDX that uses a component or holds an {expression}, and pages
 * with images, which Astro's image pipeline resolves. The rest are stored
 * with neither HTML nor a module, and without their text, so the data store
 * the build bundles holds only frontmatter.
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
 * Whether a page renders the same from source through the Markdown renderer.
 * Markdown does, unless it has images. Without components or expressions,
 * MDX reads as Markdown except where Markdown sees raw HTML (MDX has none) or
 * an indented code block (MDX reads the lines as text). MDX that does not
 * parse is left to the MDX compiler, which reports it.
 */
export function rendersFromSource(body: string, isMdx: boolean): boolean {
  if (isMdx) {
    try {
      if (some(mdxToMdast(body, { features: contentFeatures, position: false }) as Node, (node) => mdxOnly.has(node.type))) return false;
    } catch {
      return false;
    }
  }
  const isIndentedCode = (node: Node) => node.type === 'code' && !/^\s*(?:```|~~~)/.test(body.slice(node.position?.start.offset ?? 0));
  return !some(
    markdownToMdast(body, { features: contentFeatures }) as Node,
    (node) => node.type === 'image' || node.type === 'imageReference' || (isMdx && (node.type === 'html' || isIndentedCode(node))),
  );
}

/**
 * Wraps a loader that defers rendering (Astro's glob with `deferRender`) so
 * that entries which render from source are stored without their module,
 * and every entry without its text (pages read their file when needed).
 */
export function storeForSourceRendering(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        store: {
          ...context.store,
          set({ body, ...entry }) {
            const fromSource = entry.deferredRender === true && body !== undefined && entry.filePath !== undefined && rendersFromSource(body, entry.filePath.endsWith('.mdx'));
            return context.store.set(fromSource ? { ...entry, deferredRender: false } : entry);
          },
        },
      }),
  };
}
