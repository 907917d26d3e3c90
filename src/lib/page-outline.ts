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

/** Every h2 with an id, in page order: the sections a reader can jump to. */
export function pageSections(html: string): Section[] {
  const sections: Section[] = [];
  const visit = (nodes: Node[]) => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      const id = node.tagName === 'h2' ? attribute(node, 'id') : undefined;
      if (id) sections.push({ id, text: textOf(node).replace(/\s+/g, ' ').trim() });
      else visit(node.tagName === 'template' ? [] : node.childNodes);
    }
  };
  visit(parseFragment(html).childNodes);
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
