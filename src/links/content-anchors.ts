/**
 * The ids a content page's own text gives its page, read from the content
 * check's parse instead of the rendered page, with the code that renders
 * them: headings as src/markdown/heading-anchors.ts (and, for h1, h5 and
 * h6, Astro after it) slugs them, the reference
 * list as the citations plugin builds it, and ids written in raw HTML or MDX.
 */
import type { Element, ElementContent } from 'hast';
import type { Heading, Parent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { childLength, citedKeysInOrder, type FoundCitation } from '../citations/collect.ts';
import { referenceListElement } from '../citations/render.ts';
import { anchoredDepths, astroHeadingIds, headingIds } from '../markdown/heading-anchors.ts';
import { elementIds } from './check-links.ts';

type Node = Root | RootContent;

/**
 * A heading's text as the heading-anchors plugin reads it from the rendered
 * heading: a citation is HTML by then (with any markup of its prefix or
 * suffix), whose text does not count, and neither does raw HTML, an image or
 * an MDX expression.
 */
function headingText(node: Node, citationsIn: Map<Parent, FoundCitation[]>): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference' || node.type === 'footnoteReference' || !('children' in node)) return '';
  const found = citationsIn.get(node);
  if (!found) return (node.children as Node[]).map((child) => headingText(child, citationsIn)).join('');
  // The citations plugin replaces each citation's stretch of the run (src/citations/collect.ts).
  const { run } = found[0]!;
  const cited = (offset: number) => found.some(({ citation }) => offset >= citation.start && offset < citation.end);
  return run.children
    .map((child, index) => {
      const start = run.starts[index]!;
      if (child.type !== 'text') return cited(start) ? '' : headingText(child, citationsIn);
      return [...Array(childLength(run, index)).keys()].filter((at) => !cited(start + at)).map((at) => child.value[at]).join('');
    })
    .join('');
}

function hastIds(element: Element): string[] {
  const own = typeof element.properties['id'] === 'string' ? [element.properties['id']] : [];
  return [...own, ...element.children.flatMap((child: ElementContent) => (child.type === 'element' ? hastIds(child) : []))];
}

/**
 * Every id the page's body gives it; `found` are the citations the check
 * found in `tree`, and `listed` turns the keys cited into the works the
 * reference list shows (with those they are known through, src/citations/related.ts).
 */
export function contentAnchors(tree: Root, found: FoundCitation[], listed: (cited: string[]) => string[] = (cited) => cited): string[] {
  const citationsIn = Map.groupBy(found, (entry) => entry.run.parent);
  const anchoredId = headingIds();
  const otherId = astroHeadingIds();
  const ids: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const text = headingText(node, citationsIn);
      ids.push((anchoredDepths as readonly number[]).includes((node as Heading).depth) ? anchoredId(text) : otherId(text));
    } else if (node.type === 'html') ids.push(...elementIds(node.value));
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const id = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value;
      if (typeof id === 'string') ids.push(id);
    }
  });
  const keys = listed(citedKeysInOrder(found));
  // The list's heading and an item per work; what each item says does not change its id.
  if (keys.length > 0) ids.push(...hastIds(referenceListElement(keys.map((key) => ({ key, html: '' })))));
  return ids;
}
