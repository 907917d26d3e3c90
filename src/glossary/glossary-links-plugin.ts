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
import { defineMdastPlugin, type MdastPluginDefinition, type PluginFactoryContext } from 'satteri';
import { visitParents } from 'unist-util-visit-parents';
import { isInside } from '../markdown/ancestors.ts';
import { splitText } from '../markdown/split-text.ts';
import type { TermMatch, TermMatcher } from './match.ts';

export interface GlossaryLinksOptions {
  matcher: () => TermMatcher;
  /** URL of a term's definition; root-relative (the base path is added later). */
  href: (id: string) => string;
  /** The glossary entry a file defines, if it is one, so it does not link to itself. */
  entryOf?: (fileUrl: URL | undefined) => string | undefined;
}

const skipped = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

export interface TermUse extends TermMatch {
  node: Text;
}

/** The terms in a text not used yet on the page; `take` marks them used. */
function firstUses(matcher: TermMatcher, exclude?: string) {
  const seen = new Set<string>(exclude ? [exclude] : []);
  return {
    unseen: (text: string) => matcher.find(text).filter((match) => !seen.has(match.id)),
    take: (matches: TermMatch[]) => matches.filter((match) => !seen.has(match.id) && Boolean(seen.add(match.id))),
  };
}

/** The first use of each term in a tree's prose, in document order. */
export function findFirstUses(tree: Root, matcher: TermMatcher, exclude?: string): TermUse[] {
  const uses = firstUses(matcher, exclude);
  const found: TermUse[] = [];
  visitParents(tree, 'text', (node, ancestors) => {
    if (ancestors.some((ancestor) => skipped.has(ancestor.type))) return;
    for (const match of uses.take(uses.unseen(node.value))) found.push({ node, ...match });
  });
  return found;
}

/** A factory, so each page tracks its own first uses. Only text nodes cross from Sätteri's Rust walk into JavaScript. */
export function glossaryLinksPlugin(options: GlossaryLinksOptions): (page: PluginFactoryContext) => MdastPluginDefinition {
  return (page) => {
    const uses = firstUses(options.matcher(), options.entryOf?.(page.fileURL));
    return defineMdastPlugin({
      name: 'evidence-site:glossary-links',
      text(node, ctx) {
        const unseen = uses.unseen(node.value);
        if (unseen.length === 0 || isInside(node, skipped, ctx)) return;
        const links = uses.take(unseen).map(({ id, start, end }) => ({
          start,
          end,
          node: { type: 'link' as const, url: options.href(id), children: [{ type: 'text' as const, value: node.value.slice(start, end) }], data: { hProperties: { className: ['glossary-link'] } } },
        }));
        ctx.replaceNode(node, splitText(node as Text, links));
      },
    });
  };
}
