/**
 * Sätteri hast plugin: wraps each table in a region that scrolls sideways on
 * narrow screens. The region is focusable and named, so keyboard users can
 * scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable). A named
 * <section> is a region without an ARIA role (html-validate's
 * prefer-native-element).
 *
 * @example
 *   <table>…</table>
 *   → <section class="table-scroll" tabindex="0" aria-label="Table: Domain, What it covered"><table>…</table></section>
 */
import type { Element, ElementContent, Root } from 'hast';
import { defineHastPlugin, type HastVisitorContext } from 'satteri';

function elements(parent: Element | Root, tagName: string): Element[] {
  return parent.children.flatMap((child: ElementContent | Root['children'][number]) =>
    child.type !== 'element' ? [] : child.tagName === tagName ? [child] : elements(child, tagName),
  );
}

/** Names the region by its caption, or else by its first four column headings. */
function tableName(table: Element, ctx: HastVisitorContext): string {
  const caption = table.children.find((child): child is Element => child.type === 'element' && child.tagName === 'caption');
  if (caption) return ctx.textContent(caption).trim();
  const headings = elements(table, 'th').slice(0, 4).map((th) => ctx.textContent(th).trim());
  return headings.length > 0 ? `Table: ${headings.join(', ')}` : 'Table';
}

export const scrollableTables = defineHastPlugin({
  name: 'evidence-site:scrollable-tables',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      ctx.wrapNode(node, { type: 'element', tagName: 'section', properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: tableName(node as Element, ctx) }, children: [] });
    },
  },
});
