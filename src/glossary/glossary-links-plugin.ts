/**
 * Sätteri mdast plugin: links the first use of each glossary term on a page
 * to its definition, so a reader meeting "EBCD" or "reciprocity" is one
 * click from a plain explanation. Headings, links, code and citations (which
 * the citations plugin has already turned into hast, with no text children)
 * are left alone, and glossary entries do not link to themselves.
 *
 * @example
 *   Teams used EBCD, and later EBCD again.
 *   → Teams used <a href="/glossary/ebcd/" class="glossary-link">EBCD</a>, and later EBCD again.
 */
import type { Root, Text } from 'mdast';
import { defineMdastPlugin, type MdastPluginDefinition } from 'satteri';
import { visitParents } from 'unist-util-visit-parents';
import { splitText } from '../markdown/split-text.ts';
import type { TermMatcher } from './match.ts';

export interface GlossaryLinksOptions {
  matcher: () => TermMatcher;
  /** URL of a term's definition; root-relative (the base path is added later). */
  href: (id: string) => string;
  /** The glossary entry a file defines, if it is one, so it does not link to itself. */
  entryOf?: (fileUrl: URL | undefined) => string | undefined;
}

const skipped = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

export interface TermUse {
  node: Text;
  id: string;
  start: number;
  end: number;
}

/** The first use of each term in a tree's prose, in document order. */
export function findFirstUses(tree: Root, matcher: TermMatcher, exclude?: string): TermUse[] {
  const seen = new Set<string>(exclude ? [exclude] : []);
  const uses: TermUse[] = [];
  visitParents(tree, 'text', (node, ancestors) => {
    if (ancestors.some((ancestor) => skipped.has(ancestor.type))) return;
    for (const match of matcher.find(node.value)) {
      if (seen.has(match.id)) continue;
      seen.add(match.id);
      uses.push({ node, ...match });
    }
  });
  return uses;
}

export function glossaryLinksPlugin(options: GlossaryLinksOptions): MdastPluginDefinition {
  return defineMdastPlugin({
    name: 'coproduction-kb:glossary-links',
    before: (root, ctx) => {
      const uses = findFirstUses(root as Root, options.matcher(), options.entryOf?.(ctx.fileURL));
      for (const [node, entries] of Map.groupBy(uses, (use) => use.node)) {
        const links = entries.map(({ id, start, end }) => ({
          start,
          end,
          node: { type: 'link' as const, url: options.href(id), children: [{ type: 'text' as const, value: node.value.slice(start, end) }], data: { hProperties: { className: ['glossary-link'] } } },
        }));
        ctx.replaceNode(node, splitText(node, links));
      }
    },
  });
}
