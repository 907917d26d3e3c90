/**
 * Markup for citations and reference lists. A citation links to its entry in
 * the page's reference list; its full reference sits beside it as a preview
 * that CSS shows on hover and focus, so it works without JavaScript, and
 * aria-describedby reads it to screen readers. Previews and reference lists
 * are kept out of the search index.
 */
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { anchors } from '../lib/anchors.ts';
import { citeEnd, citeKeyEnd, citeStart } from './engine.ts';
import type { FormattedReference } from './format.ts';

export const referenceId = (key: string) => `ref-${key}`;

const referenceHast = new Map<string, ElementContent[]>();
const referenceMarkup = new Map<string, string>();

/**
 * citeproc's HTML for one reference, parsed once per distinct string. Its
 * block wrappers (div.csl-entry, div.csl-left-margin) become spans so the
 * reference can sit inside a sentence as a preview. Shared by every page
 * that shows the reference, so frozen: nothing may change it in place.
 */
export function referenceContent(html: string): ElementContent[] {
  let content = referenceHast.get(html);
  if (!content) {
    const root = fromHtml(html, { fragment: true });
    visit(root, 'element', (element) => {
      if (element.tagName === 'div') element.tagName = 'span';
    });
    content = deepFreeze(root.children as ElementContent[]);
    referenceHast.set(html, content);
  }
  return content;
}

/** referenceContent as HTML, serialised once per distinct reference. */
export function referenceHtml(html: string): string {
  let markup = referenceMarkup.get(html);
  if (markup === undefined) {
    markup = toHtml(referenceContent(html));
    referenceMarkup.set(html, markup);
  }
  return markup;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * What to add after a work's reference in previews and reference lists, as
 * an element and as the same element's HTML: what kind of evidence the work
 * is (src/evidence/evidence-notes.ts). Nothing unless the site gives it.
 */
export type ReferenceNotes = (key: string) => { element: Element; html: string } | undefined;
const noNotes: ReferenceNotes = () => undefined;
const noteHtml = (note: ReturnType<ReferenceNotes>) => (note ? ` ${note.html}` : '');
// A copy per page: the note is shared, and a tree handed on may be changed.
const noteContent = (note: ReturnType<ReferenceNotes>): ElementContent[] => (note ? [text(' '), structuredClone(note.element)] : []);
const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A citation as HTML: citeproc's cluster, e.g. `(Doe, 2019; Smith & Jones,
 * 2019, 2020)`, with each cite (between the formatter's markers) a link to
 * its entry in the page's reference list and its full reference beside it.
 * HTML rather than hast: a page holds dozens, and Sätteri would serialise
 * each hast tree to hand it across to Rust (half the plugin's time). MDX
 * holds raw HTML only in the strings `mdx({ optimize })` compiles static
 * content to, which the site's config turns on.
 */
export function citationHtml(cluster: string, previews: Map<string, string>, nextId: () => string, notes: ReferenceNotes = noNotes): string {
  const cites = cluster.replace(new RegExp(`${citeStart}([^${citeKeyEnd}]*)${citeKeyEnd}([^${citeEnd}]*)${citeEnd}`, 'g'), (_, key: string, html: string) => {
    const previewId = nextId();
    return (
      `<span class="cite"><a href="#${escape(referenceId(key))}" class="cite__link" aria-describedby="${previewId}">${html}</a>` +
      `<span id="${previewId}" class="cite__preview" role="tooltip" data-pagefind-ignore="">${referenceHtml(previews.get(key) ?? '')}${noteHtml(notes(key))}</span></span>`
    );
  });
  return `<span class="citation">${cites}</span>`;
}

export function referenceListElement(references: FormattedReference[], notes: ReferenceNotes = noNotes): Element {
  return {
    type: 'element',
    tagName: 'section',
    properties: { className: ['references'], ariaLabelledBy: [anchors.pageReferences], dataPagefindIgnore: '' },
    children: [
      { type: 'element', tagName: 'h2', properties: { id: anchors.pageReferences }, children: [text('References')] },
      {
        type: 'element',
        tagName: 'ul',
        properties: { className: ['references__list'] },
        children: references.map((reference) => ({
          type: 'element',
          tagName: 'li',
          properties: { id: referenceId(reference.key) },
          children: [...referenceContent(reference.html), ...noteContent(notes(reference.key))],
        })),
      },
    ],
  };
}
