/**
 * Finds the citations in a Markdown/MDX tree: in text nodes only, so code
 * spans and blocks, link URLs and e-mail autolinks are never read as
 * citations, and never inside link text, where a citation link would nest.
 */
import type { Root, Text } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { findCitations, type Citation } from './parse.ts';

export interface FoundCitation {
  node: Text;
  citation: Citation;
  /** 1-based line and column of the citation in the source file. */
  line: number;
  column: number;
}

const asciiPunctuation = /[!-/:-@[-`{-~]/;

/**
 * Which characters of a text node's value were written escaped ("\@") in the
 * source. The parser drops the backslash, so the source is read alongside the value.
 */
function escapedIndexes(node: Text, source: string): Set<number> {
  const escaped = new Set<number>();
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return escaped;
  const raw = source.slice(start, end);
  if (raw === node.value || !raw.includes('\\')) return escaped;
  for (let i = 0, j = 0; i < raw.length && j < node.value.length; ) {
    if (raw[i] === '\\' && asciiPunctuation.test(raw[i + 1] ?? '') && raw[i + 1] === node.value[j]) {
      escaped.add(j);
      i += 2;
      j += 1;
    } else if (raw[i] === node.value[j]) {
      i += 1;
      j += 1;
    } else {
      // Indentation and character references differ between source and value.
      i += 1;
    }
  }
  return escaped;
}

function positionOf(node: Text, offset: number): { line: number; column: number } {
  const before = node.value.slice(0, offset);
  const newlines = before.split('\n').length - 1;
  const start = node.position?.start ?? { line: 1, column: 1 };
  return newlines === 0
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + newlines, column: before.length - before.lastIndexOf('\n') };
}

/** Citations are never read inside link text, where a citation link would nest. */
export const citationFree = new Set(['link', 'linkReference']);

/** The citations in one text node; `source` is the text the tree was parsed from, for escapes the tree no longer shows. */
export function citationsInText(node: Text, source: string): FoundCitation[] {
  if (!node.value.includes('@')) return [];
  const escaped = escapedIndexes(node, source);
  return findCitations(node.value, (index) => escaped.has(index)).map((citation) => ({ node, citation, ...positionOf(node, citation.start) }));
}

export function collectCitations(tree: Root, source: string): FoundCitation[] {
  const found: FoundCitation[] = [];
  visitParents(tree, 'text', (node, ancestors) => {
    if (!ancestors.some((ancestor) => citationFree.has(ancestor.type))) found.push(...citationsInText(node, source));
  });
  return found;
}

/** The keys cited, each once, in order of first citation. */
export function citedKeysInOrder(found: FoundCitation[]): string[] {
  return [...new Set(found.flatMap(({ citation }) => citation.items.map((item) => item.key)))];
}
