/**
 * A page's outline, read from its rendered HTML: the sections its contents
 * list names, and the reference list the citations plugin appended, which
 * page templates move after their own closing sections (learning outcomes,
 * outcomes reported) so every page reads content, outcomes, references.
 */
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { anchors } from './anchors.ts';

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;

export interface Section {
  id: string;
  text: string;
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

/** What a heading says: its text, without a citation's hidden preview. */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (!isElement(node) || attribute(node, 'class')?.split(' ').includes('cite__preview')) return '';
  return node.childNodes.map(textOf).join('');
}

/** Where an h2 starts and ends. */
const h2Start = /<h2[\s>]/gi;
const h2End = /<\/h2\s*>/gi;

/**
 * Every h2 with an id, in page order: the sections a reader can jump to.
 * Only the headings are parsed, not the page: the tree of a page that grows
 * with the site (/educators/, every guidance page's reading list) took
 * 500 MB at 10,000 pages. Headings never nest, so each one's HTML runs from
 * its start tag to the next end tag.
 */
export function pageSections(html: string): Section[] {
  const sections: Section[] = [];
  for (const { index: start } of html.matchAll(h2Start)) {
    h2End.lastIndex = start;
    const end = h2End.exec(html);
    const [heading] = parseFragment(html.slice(start, end ? end.index + end[0].length : undefined)).childNodes;
    const id = heading && isElement(heading) ? attribute(heading, 'id') : undefined;
    if (heading && id) sections.push({ id, text: textOf(heading).replace(/\s+/g, ' ').trim() });
  }
  return sections;
}

/**
 * A page body split before the reference list the citations plugin appends
 * at its end. A list a page placed itself (`<References />` mid-page) is
 * left where the author put it.
 */
export function splitTrailingReferenceList(html: string): { content: string; references: string } {
  const heading = html.lastIndexOf(`id="${anchors.pageReferences}"`);
  const start = heading === -1 ? -1 : html.lastIndexOf('<section', heading);
  const end = start === -1 ? -1 : html.indexOf('</section>', heading);
  if (end === -1 || html.slice(end + '</section>'.length).trim() !== '') return { content: html, references: '' };
  return { content: html.slice(0, start), references: html.slice(start) };
}
