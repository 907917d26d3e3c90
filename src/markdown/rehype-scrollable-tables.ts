/**
 * rehype plugin: wraps each table in a region that scrolls sideways on narrow
 * screens. The region is focusable and named, so keyboard users can scroll
 * it too (WCAG 2.1.1; axe's scrollable-region-focusable). A named <section>
 * is a region without an ARIA role (html-validate's prefer-native-element).
 *
 * @example
 *   <table>…</table>
 *   → <section class="table-scroll" tabindex="0" aria-label="Table: Domain, What it covered"><table>…</table></section>
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/** Names the region by its caption, or else by its column headings. */
function tableName(table: Element): string {
  const caption = table.children.find((child): child is Element => child.type === 'element' && child.tagName === 'caption');
  if (caption) return toString(caption).trim();
  const headings: string[] = [];
  visit(table, 'element', (element) => {
    if (element.tagName === 'th' && headings.length < 4) headings.push(toString(element).trim());
  });
  return headings.length > 0 ? `Table: ${headings.join(', ')}` : 'Table';
}

export function rehypeScrollableTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      parent.children[index] = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: tableName(node) },
        children: [node],
      };
      return SKIP;
    });
  };
}
