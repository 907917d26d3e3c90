/**
 * remark plugin: links the first use of each glossary term on a page to its
 * definition, so a reader meeting "EBCD" or "reciprocity" is one click from
 * a plain explanation. Headings, links, code and citations are left alone,
 * and glossary entries do not link to themselves.
 *
 * @example
 *   Teams used EBCD, and later EBCD again.
 *   → Teams used <a href="/glossary/ebcd/" class="glossary-link">EBCD</a>, and later EBCD again.
 */
import type { PhrasingContent, Root, Text } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { splitText } from '../markdown/split-text.ts';
import type { TermMatcher } from './match.ts';

export interface RemarkGlossaryLinksOptions {
  matcher: () => TermMatcher;
  /** URL of a term's definition; root-relative (the base path is added later). */
  href: (id: string) => string;
  /** The glossary entry a file defines, if it is one, so it does not link to itself. */
  entryOf?: (file: VFile) => string | undefined;
}

const skipped = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

export interface TermUse {
  node: Text;
  parent: { children: PhrasingContent[] };
  id: string;
  start: number;
  end: number;
}

/** The first use of each term in a tree's prose, in document order. */
export function findFirstUses(tree: Root, matcher: TermMatcher, exclude?: string): TermUse[] {
  const seen = new Set<string>(exclude ? [exclude] : []);
  const uses: TermUse[] = [];
  visitParents(tree, 'text', (node, ancestors) => {
    // Citations arrive as text nodes carrying hast data; they are not prose.
    if (node.data || ancestors.some((ancestor) => skipped.has(ancestor.type))) return;
    for (const match of matcher.find(node.value)) {
      if (seen.has(match.id)) continue;
      seen.add(match.id);
      uses.push({ node, parent: ancestors.at(-1) as unknown as { children: PhrasingContent[] }, ...match });
    }
  });
  return uses;
}

export function remarkGlossaryLinks(options: RemarkGlossaryLinksOptions) {
  return (tree: Root, file: VFile) => {
    const uses = findFirstUses(tree, options.matcher(), options.entryOf?.(file));
    for (const [node, entries] of Map.groupBy(uses, (use) => use.node)) {
      splitText(
        node,
        entries[0]!.parent,
        entries.map(({ id, start, end }) => ({
          start,
          end,
          node: { type: 'link', url: options.href(id), children: [{ type: 'text', value: node.value.slice(start, end) }], data: { hProperties: { className: ['glossary-link'] } } },
        })),
      );
    }
  };
}
