/**
 * Markup for citations and reference lists. A citation links to its entry in
 * the page's reference list, and each entry links back to every place it is
 * cited, so both work without JavaScript. The full reference also sits beside
 * the citation as a hidden preview: aria-describedby reads it to screen
 * readers, and src/browser/citation-previews.ts shows it on hover, focus and
 * tap. Previews and reference lists are kept out of the search index.
 */
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { anchors } from '../lib/anchors.ts';
import { citeEnd, citeKeyEnd, citeStart } from './engine.ts';
import type { FormattedReference } from './format.ts';
import { siteMessages } from '../messages/languages.ts';
import { sanitiseHtml } from '../security/sanitise-html.ts';

export const referenceId = (key: string) => `ref-${key}`;

/**
 * The citations of one page, numbered in the order they are rendered: each
 * cite gets an id, so its entry in the reference list can link back to it.
 */
export class PageCites {
  private count = 0;
  private readonly byKey = new Map<string, string[]>();

  /** Ids for the next cite of `key`: its link's and its preview's. */
  next(key: string): { link: string; preview: string } {
    this.count += 1;
    const link = `cite-${this.count}`;
    const ids = this.byKey.get(key);
    if (ids) ids.push(link);
    else this.byKey.set(key, [link]);
    return { link, preview: `cite-preview-${this.count}` };
  }

  /** The ids of every cite of `key`, in order. */
  of(key: string): readonly string[] {
    return this.byKey.get(key) ?? [];
  }
}

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
function referenceHtml(html: string): string {
  let markup = referenceMarkup.get(html);
  if (markup === undefined) {
    markup = toHtml(referenceContent(html));
    referenceMarkup.set(html, markup);
  }
  return markup;
}

const safeReferences = new Map<string, string>();

/**
 * referenceHtml sanitised as page content is (src/security/sanitise-html.ts):
 * once per distinct reference, as a work's reference is shown on every page
 * that cites it, on /references/ and in print, and sanitising parses it.
 */
export function safeReferenceHtml(html: string): string {
  let safe = safeReferences.get(html);
  if (safe === undefined) {
    safe = sanitiseHtml(referenceHtml(html));
    safeReferences.set(html, safe);
  }
  return safe;
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
export function citationHtml(cluster: string, previews: Map<string, string>, cites: PageCites, notes: ReferenceNotes = noNotes): string {
  const marked = cluster.replace(new RegExp(`${citeStart}([^${citeKeyEnd}]*)${citeKeyEnd}([^${citeEnd}]*)${citeEnd}`, 'g'), (_, key: string, html: string) => {
    const ids = cites.next(key);
    return (
      `<span class="cite"><a href="#${escape(referenceId(key))}" id="${ids.link}" class="cite__link" aria-describedby="${ids.preview}">${html}</a>` +
      `<span id="${ids.preview}" class="cite__preview" role="tooltip" data-pagefind-ignore="">${referenceHtml(previews.get(key) ?? '')}${noteHtml(notes(key))}</span></span>`
    );
  });
  return `<span class="citation">${marked}</span>`;
}

/** Whether rendered HTML holds a citation made here. */
export const hasCitations = (html: string) => html.includes('class="cite__link"');

/** "a", "b", ... "z", "aa", "ab": the letters Wikipedia gives a reference's back-links. */
export function backLinkLetter(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : backLinkLetter(Math.floor(index / 26) - 1) + letter;
}

const backLink = (id: string, label: string): Element => ({ type: 'element', tagName: 'a', properties: { href: `#${id}`, className: ['references__backlink'] }, children: [text(label)] });

/**
 * Links from a reference back to where the page cites it: "Back to the
 * citation", or "Back to citations: a b c" for several, as Wikipedia's
 * "^ a b c". Read in its list item, each says where it leads.
 */
function backLinks(ids: readonly string[]): ElementContent[] {
  if (ids.length === 0) return [];
  const arrow: Element = { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [text('↑ ')] };
  const links: ElementContent[] = ids.length === 1 ? [backLink(ids[0]!, siteMessages().pageText.backToCitation)] : [text(siteMessages().pageText.backToCitations), ...ids.flatMap((id, index) => [...(index > 0 ? [text(' ')] : []), backLink(id, backLinkLetter(index))])];
  return [text(' '), { type: 'element', tagName: 'span', properties: { className: ['references__backlinks'] }, children: [arrow, ...links] }];
}

/** A page's reference list; `cites`, where given, adds each entry's links back to its citations, and `notes` what kind of evidence each work is. */
export function referenceListElement(references: FormattedReference[], cites?: PageCites, notes: ReferenceNotes = noNotes): Element {
  return {
    type: 'element',
    tagName: 'section',
    properties: { className: ['references'], ariaLabelledBy: [anchors.pageReferences], dataPagefindIgnore: '' },
    children: [
      { type: 'element', tagName: 'h2', properties: { id: anchors.pageReferences }, children: [text(siteMessages().pageText.references)] },
      {
        type: 'element',
        tagName: 'ul',
        properties: { className: ['references__list'] },
        children: references.map((reference) => ({
          type: 'element',
          tagName: 'li',
          properties: { id: referenceId(reference.key) },
          children: [...referenceContent(reference.html), ...noteContent(notes(reference.key)), ...backLinks(cites?.of(reference.key) ?? [])],
        })),
      },
    ],
  };
}
