/**
 * Frontmatter and topics.yaml hold plain text. Templates print it escaped,
 * as text (never with set:html), so markup there cannot run, but a reader
 * would see "<b>" or "&amp;" exactly as typed; a value that holds HTML is
 * reported at its line, naming the field. Whether a value holds HTML is the
 * HTML parser's call: it does if, read as HTML, it would not read as itself.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

/** What `html` reads as, as text. */
const asText = (html: string) => (fromHtml(html, { fragment: true }) as Root).children.map((node) => (node.type === 'text' ? node.value : '')).join('');

/** The first piece of markup in `text` (e.g. "<script>", "&amp;"), or undefined for plain text. */
export function markupIn(text: string): string | undefined {
  if (!/[<&]/.test(text)) return undefined;
  for (const node of (fromHtml(text, { fragment: true }) as Root).children) {
    if (node.type === 'element') return `<${node.tagName}>`;
    if (node.type === 'comment') return '<!--';
    if (node.type === 'doctype') return '<!DOCTYPE>';
  }
  // A character reference (&amp;, &#60;) is one that HTML reads as another character; "R&D" is text.
  return text.match(/&#?\w+;?/g)?.find((candidate) => asText(candidate) !== candidate);
}

type FieldPath = (string | number)[];

interface MarkupInField {
  path: FieldPath;
  /** Line and column in the YAML text, from 1. */
  line: number;
  column: number;
  markup: string;
}

/** Every string value in a YAML document that holds markup. */
export function markupInYaml(doc: Document, lines: LineCounter): MarkupInField[] {
  const found: MarkupInField[] = [];
  const walk = (node: Node | null | undefined | unknown, path: FieldPath) => {
    if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : '?']);
    else if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, index]));
    else if (isScalar(node) && typeof node.value === 'string') {
      const markup = markupIn(node.value);
      if (!markup) return;
      const { line, col } = lines.linePos(node.range?.[0] ?? 0);
      found.push({ path, line, column: col, markup });
    }
  };
  walk(doc.contents, []);
  return found;
}

export const markupMessage = (field: string, markup: string) =>
  `${field} holds HTML (${markup}). It is shown as plain text, exactly as typed: write the words without tags, and type characters such as & and < as themselves.`;
