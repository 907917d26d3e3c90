/**
 * A guidance page's body as a part of the whole guide on one page
 * (src/routes/print/index.astro). Each page's HTML is made to stand beside
 * the others: its reference list goes (the guide has one list at the end,
 * with the same ids, so its citations still lead to their references; in a
 * numeric style each part keeps its own, see printedId), its
 * other ids and the links and ARIA references to them get the page's id in
 * front, so no two parts share one, and its headings move down two levels,
 * under the topic's and the page's own. The HTML is already sanitised; it is
 * parsed and written back, not edited as text.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import { referenceId } from '../citations/render.ts';
import { anchors } from '../lib/anchors.ts';

/** Ids the whole guide shares between its parts: the reference list's. */
const isShared = (id: string) => id === anchors.pageReferences || id.startsWith(referenceId(''));

/**
 * A part's id on the whole guide's page: a guidance page's own ids get its id
 * in front ("power--in-practice"). With `ownReferences` its reference list's
 * ids do too: in a numeric style each page numbers its works its own way, so
 * "[3]" can only mean the third work of that page's own list.
 */
export function printedId(entryId: string, id: string, ownReferences = false): string {
  return isShared(id) && !ownReferences ? id : `${entryId}--${id}`;
}

const headingLevel = /^h([1-6])$/;
const idLists = ['ariaDescribedBy', 'ariaLabelledBy', 'ariaControls', 'htmlFor'] as const;

export function printedBody(html: string, entryId: string, ownReferences = false): string {
  const tree: Root = fromHtml(html, { fragment: true });
  const own = (id: string) => printedId(entryId, id, ownReferences);
  visit(tree, 'element', (element: Element, index, parent) => {
    // The page's own reference list: the whole guide's replaces it, unless the part keeps its own.
    if ([element.properties['className']].flat().includes('references') && parent && index !== undefined) {
      if (!ownReferences) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      // Kept, it is no landmark of its own: a dozen regions all named "References" would tell a screen reader nothing.
      element.tagName = 'div';
      delete element.properties['ariaLabelledBy'];
    }
    const { properties } = element;
    if (typeof properties['id'] === 'string') properties['id'] = own(properties['id']);
    for (const name of idLists) {
      const value = properties[name];
      // hast keeps these space-separated lists as arrays; a string is one id.
      if (Array.isArray(value)) properties[name] = value.map((id) => own(String(id)));
      else if (typeof value === 'string') properties[name] = [own(value)];
    }
    const href = properties['href'];
    if (typeof href === 'string' && href.startsWith('#') && href.length > 1) properties['href'] = `#${own(decodeURIComponent(href.slice(1)))}`;
    const level = headingLevel.exec(element.tagName);
    if (level) element.tagName = `h${Math.min(6, Number(level[1]) + 2)}`;
    return undefined;
  });
  return toHtml(tree, { characterReferences: { useNamedReferences: true } });
}
