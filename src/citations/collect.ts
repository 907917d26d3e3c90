/**
 * Finds the citations in a Markdown/MDX tree. A citation is read from a run
 * of sibling inline nodes, as pandoc reads inlines, so a prefix or suffix
 * may hold markup: `[*see* @key, pp. 33-35 and *passim*]`. Text nodes give
 * their text; every other inline node (emphasis, code, a link, an image)
 * stands as one placeholder character, which the parser never reads as part
 * of a key. Code and link addresses are therefore never citations.
 *
 * Citations in link text are found but marked: a citation links to its
 * reference, and a link cannot hold a link (the check reports them).
 */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { inlinePlaceholder, type LocatorMap } from './locator.ts';
import { findCitations, type Citation } from './parse.ts';

/** The inline children of one parent, as the one string the parser reads. */
export interface InlineRun {
  parent: Parent;
  children: readonly PhrasingContent[];
  text: string;
  /** Where each child starts in `text`. */
  starts: number[];
}

export interface FoundCitation {
  run: InlineRun;
  citation: Citation;
  /** Whether the citation sits in link text. */
  inLink: boolean;
  /** 1-based line and column of the citation in the source file. */
  line: number;
  column: number;
}

const asciiPunctuation = /[!-/:-@[-`{-~]/;

/**
 * Which characters of a text node's value were written escaped ("\@") in the
 * source. The parser drops the backslash, so the source is read alongside the value.
 */
function escapedIndexes(node: Text, source: string, offset: number, into: Set<number>): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  const raw = source.slice(start, end);
  if (raw === node.value || !raw.includes('\\')) return;
  for (let i = 0, j = 0; i < raw.length && j < node.value.length; ) {
    if (raw[i] === '\\' && asciiPunctuation.test(raw[i + 1] ?? '') && raw[i + 1] === node.value[j]) {
      into.add(offset + j);
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
}

/**
 * The text of a link GFM made from a bare address (an autolink literal,
 * https://example.org or someone@nhs.net), which pandoc's Markdown reads as
 * text: so @{https://example.org/key} is a key, and an e-mail address is
 * never a citation. Any other link is one placeholder.
 */
function autolinkText(node: PhrasingContent): string | undefined {
  if (node.type !== 'link' || node.children.length !== 1 || node.children[0]!.type !== 'text') return undefined;
  const text = node.children[0]!.value;
  return [text, `mailto:${text}`, `http://${text}`].includes(node.url) ? text : undefined;
}

/** The run a parent's inline children make, and which of its characters were escaped. */
export function inlineRun(parent: Parent, source: string): { run: InlineRun; escaped: Set<number> } {
  const children = parent.children as PhrasingContent[];
  const starts: number[] = [];
  const escaped = new Set<number>();
  let text = '';
  for (const child of children) {
    starts.push(text.length);
    if (child.type === 'text') {
      escapedIndexes(child, source, text.length, escaped);
      text += child.value;
    } else {
      text += autolinkText(child) ?? inlinePlaceholder;
    }
  }
  return { run: { parent, children, text, starts }, escaped };
}

/** How many characters of the run a child takes. */
export const childLength = (run: InlineRun, index: number) => (run.starts[index + 1] ?? run.text.length) - run.starts[index]!;

/** The child holding run offset `offset`, and the offset within it. */
export function childAt(run: InlineRun, offset: number): { index: number; within: number } {
  let index = run.starts.length - 1;
  while (index > 0 && run.starts[index]! > offset) index -= 1;
  return { index, within: offset - run.starts[index]! };
}

function positionOf(run: InlineRun, offset: number): { line: number; column: number } {
  const { index, within } = childAt(run, offset);
  const child = run.children[index]!;
  const start = child.position?.start ?? run.parent.position?.start ?? { line: 1, column: 1 };
  if (child.type !== 'text') return { line: start.line, column: start.column };
  const before = child.value.slice(0, within);
  const newlines = before.split('\n').length - 1;
  return newlines === 0 ? { line: start.line, column: start.column + within } : { line: start.line + newlines, column: before.length - before.lastIndexOf('\n') };
}

/** Link text: a citation there would put a link inside a link. */
export const linkTypes = new Set(['link', 'linkReference']);

/** The citations in one run of inline nodes. `source` is the text the tree was parsed from, for escapes the tree no longer shows. */
export function citationsInRun(parent: Parent, source: string, inLink: boolean, locators: LocatorMap): FoundCitation[] {
  if (!parent.children.some((child) => child.type === 'text' && child.value.includes('@'))) return [];
  const { run, escaped } = inlineRun(parent, source);
  return findCitations(run.text, { isEscaped: (index) => escaped.has(index), locators }).map((citation) => ({ run, citation, inLink, ...positionOf(run, citation.start) }));
}

/** Every citation in a parsed page, run by run, in document order. */
export function collectCitations(tree: Root, source: string, locators: LocatorMap): FoundCitation[] {
  const found: FoundCitation[] = [];
  const seen = new Set<Parent>();
  visitParents(tree, 'text', (node, ancestors) => {
    const parent = ancestors.at(-1) as Parent | undefined;
    if (!parent || seen.has(parent) || !node.value.includes('@')) return;
    seen.add(parent);
    found.push(...citationsInRun(parent, source, ancestors.some((ancestor) => linkTypes.has(ancestor.type)), locators));
  });
  return found;
}

/** The keys cited, each once, in order of first citation. */
export function citedKeysInOrder(found: FoundCitation[]): string[] {
  return [...new Set(found.flatMap(({ citation }) => citation.items.map((item) => item.key)))];
}
