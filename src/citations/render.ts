/**
 * hast for citations and reference lists. A citation links to its entry in
 * the page's reference list; its full reference sits beside it as a preview
 * that CSS shows on hover and focus, so it works without JavaScript, and
 * aria-describedby reads it to screen readers. Previews and reference lists
 * are kept out of the search index.
 */
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { FormattedCitation, FormattedReference } from './format.ts';

export const referenceId = (key: string) => `ref-${key}`;

const referenceHast = new Map<string, ElementContent[]>();

/**
 * citeproc's HTML for one reference, parsed once per distinct string. Its
 * block wrappers (div.csl-entry, div.csl-left-margin) become spans so the
 * reference can sit inside a sentence as a preview.
 */
export function referenceContent(html: string): ElementContent[] {
  let content = referenceHast.get(html);
  if (!content) {
    const root = fromHtml(html, { fragment: true });
    visit(root, 'element', (element) => {
      if (element.tagName === 'div') element.tagName = 'span';
    });
    content = root.children as ElementContent[];
    referenceHast.set(html, content);
  }
  return structuredClone(content);
}

const text = (value: string): ElementContent => ({ type: 'text', value });

export function citationElement(formatted: FormattedCitation, previews: Map<string, string>, nextId: () => string): Element {
  const children: ElementContent[] = [];
  if (formatted.open) children.push(text(formatted.open));
  formatted.items.forEach((item, index) => {
    if (index > 0) children.push(text(formatted.delimiter));
    const previewId = nextId();
    children.push({
      type: 'element',
      tagName: 'span',
      properties: { className: ['cite'] },
      children: [
        {
          type: 'element',
          tagName: 'a',
          properties: { href: `#${referenceId(item.key)}`, className: ['cite__link'], ariaDescribedBy: [previewId] },
          children: [text(item.text)],
        },
        {
          type: 'element',
          tagName: 'span',
          properties: { id: previewId, className: ['cite__preview'], role: 'tooltip', dataPagefindIgnore: '' },
          children: referenceContent(previews.get(item.key) ?? ''),
        },
      ],
    });
  });
  if (formatted.close) children.push(text(formatted.close));
  return { type: 'element', tagName: 'span', properties: { className: ['citation'] }, children };
}

export function referenceListElement(references: FormattedReference[]): Element {
  return {
    type: 'element',
    tagName: 'section',
    properties: { className: ['references'], ariaLabelledBy: ['page-references'], dataPagefindIgnore: '' },
    children: [
      // Not "references": a content heading called References would take that id.
      { type: 'element', tagName: 'h2', properties: { id: 'page-references' }, children: [text('References')] },
      {
        type: 'element',
        tagName: 'ul',
        properties: { className: ['references__list'] },
        children: references.map((reference) => ({
          type: 'element',
          tagName: 'li',
          properties: { id: referenceId(reference.key) },
          children: referenceContent(reference.html),
        })),
      },
    ],
  };
}
