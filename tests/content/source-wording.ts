/**
 * Compares the wording of content pages with the source documents, for the
 * content rule "facts, figures and short quotations carry over, sentences do
 * not" (no run of 12 or more words copied outside quotation marks) and "every
 * quotation verbatim".
 *
 * What counts as the same text (a fair normalisation, not a fuzzy match):
 * - case, Unicode compatibility forms (NFKC) and runs of whitespace are ignored;
 * - curly and straight quotation marks and apostrophes are one character each;
 * - every hyphen and dash (‐ ‑ ‒ – — ― −) is one hyphen, and spaces around it are
 *   ignored ("principles – driven" and "principles-driven" match);
 * - "…" is "...", and the Markdown emphasis marks (* and _) that text extraction
 *   left in the sources are dropped;
 * - a quotation may leave words out with an ellipsis or put its own words in
 *   [square brackets]: each remaining part must appear, in order, in one source;
 * - punctuation at either end of a quotation is ignored (a quotation's full
 *   stop or comma follows the sentence it sits in).
 * Everything else, including punctuation inside a quotation, must match.
 *
 * For copied runs, words are compared without punctuation, after the same
 * folding: each part of a hyphenated word counts as a word ("co-design" is two,
 * as a simple word counter sees it, so the check errs towards finding a run),
 * a decimal number is one word ("26.2"), and apostrophes inside a word are
 * dropped ("staff's" matches "staffs").
 */
import { load } from 'js-yaml';
import { parseContent, withoutFrontmatter } from '../../src/citations/scan.ts';
import { proseOf } from '../../src/readability/prose.ts';

const dashes = /[\u2010-\u2015\u2212-]/g;

/** Case, compatibility forms, quotation marks, ellipses, emphasis marks and dashes folded to one form each. */
function foldCharacters(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/[*_]/g, '')
    .replace(dashes, '-');
}

/** The normalisation used to match a quotation in a source (see the module comment). */
export function normaliseQuoted(text: string): string {
  return foldCharacters(text).replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ').trim();
}

/** The words of a text, for finding copied runs (see the module comment). */
export function wordsOf(text: string): string[] {
  return foldCharacters(text)
    .replace(/(\w)'(?=\w)/g, '$1')
    .replace(/(\d)\.(?=\d)/g, '$1')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export interface Split {
  /** Text in "..." or “...”, without the marks. */
  quotations: string[];
  /** The stretches of text between quotations. */
  outside: string[];
}

/**
 * Splits a block of text at its quotation marks. Straight double quotes pair
 * up in order; curly ones open with “ and close with ”. An unpaired mark ends
 * nothing: the rest of the block is treated as outside quotations.
 */
export function splitQuotations(block: string): Split {
  const quotations: string[] = [];
  const outside: string[] = [];
  let cursor = 0;
  const opener = /["\u201C]/g;
  for (let open = opener.exec(block); open; open = opener.exec(block)) {
    const closeMark = open[0] === '"' ? '"' : '\u201D';
    const close = block.indexOf(closeMark, open.index + 1);
    if (close === -1) break;
    outside.push(block.slice(cursor, open.index));
    quotations.push(block.slice(open.index + 1, close));
    cursor = close + 1;
    opener.lastIndex = cursor;
  }
  outside.push(block.slice(cursor));
  return { quotations, outside };
}

/** The parts of a quotation that must appear in a source: split at ellipses and [insertions], ends trimmed of punctuation. */
export function quotedParts(quotation: string): string[] {
  return normaliseQuoted(quotation)
    .split(/\.\.\.|\[[^\]]*\]/)
    .map((part) => part.replace(/^[\s.,;:!?'"()-]+|[\s.,;:!?'"()-]+$/g, ''))
    .filter((part) => part.length > 0);
}

/** True when every part appears in the text, each after the one before. */
export function containsInOrder(text: string, parts: string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at === -1) return false;
    from = at + part.length;
  }
  return true;
}

/** Every string in a parsed YAML value, at any depth. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).flatMap(stringsIn);
  return [];
}

/**
 * What a reader reads on a content page, one block per paragraph, table cell
 * or frontmatter string (summary, key points, definitions, outcomes...), with
 * citation markup removed. Blocks are kept apart so no run spans two of them.
 */
export function readableBlocks(path: string, source: string): string[] {
  const { body, frontmatter } = withoutFrontmatter(source);
  const prose = proseOf(parseContent(body, path.endsWith('.mdx')).tree).split('\n\n');
  return [...stringsIn(load(frontmatter)), ...prose];
}

export interface SourceText {
  name: string;
  text: string;
}

export interface CopiedRun {
  words: string;
  length: number;
  source: string;
}

/** Finds runs of at least `length` words that a text shares with a source: each maximal run once. */
export function copiedRuns(texts: string[], sources: SourceText[], length: number): CopiedRun[] {
  const grams = new Map<string, string>();
  for (const source of sources) {
    const words = wordsOf(source.text);
    for (let i = 0; i + length <= words.length; i++) {
      const gram = words.slice(i, i + length).join(' ');
      if (!grams.has(gram)) grams.set(gram, source.name);
    }
  }
  const runs: CopiedRun[] = [];
  for (const text of texts) {
    const words = wordsOf(text);
    let i = 0;
    while (i + length <= words.length) {
      const source = grams.get(words.slice(i, i + length).join(' '));
      if (!source) {
        i++;
        continue;
      }
      let end = i + length;
      while (end < words.length && grams.has(words.slice(end - length + 1, end + 1).join(' '))) end++;
      runs.push({ words: words.slice(i, end).join(' '), length: end - i, source });
      i = end;
    }
  }
  return runs;
}
