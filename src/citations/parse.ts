/**
 * Finds pandoc-style citations in a run of plain text:
 *
 *   [@makey2022]  [@a; @b]  [see @key, pp. 33-35 for a survey]  [-@cahn2004]
 *   @webb2021 found ...   @webb2021 [p. 4] found ...
 *
 * Pure and total: it never throws, and text without citations yields none.
 * Keys follow pandoc (keyPattern), so trailing punctuation is not part of
 * the key: "@webb2021." cites webb2021.
 */

export type LocatorLabel = 'page' | 'chapter' | 'section' | 'paragraph' | 'figure' | 'volume' | 'line' | 'note';

export interface CitationItem {
  key: string;
  prefix: string;
  suffix: string;
  locator?: string;
  label?: LocatorLabel;
  suppressAuthor: boolean;
}

export interface Citation {
  /** "parenthetical" for [@key]; "narrative" for @key in running text. */
  kind: 'parenthetical' | 'narrative';
  items: CitationItem[];
  /** Offsets of the whole citation in the text: [start, end). */
  start: number;
  end: number;
}

const labels: Record<string, LocatorLabel> = {
  p: 'page', pp: 'page', page: 'page', pages: 'page',
  ch: 'chapter', chap: 'chapter', chaps: 'chapter', chapter: 'chapter', chapters: 'chapter',
  sec: 'section', secs: 'section', section: 'section', sections: 'section', '§': 'section', '§§': 'section',
  para: 'paragraph', paras: 'paragraph', paragraph: 'paragraph', paragraphs: 'paragraph', '¶': 'paragraph',
  fig: 'figure', figs: 'figure', figure: 'figure', figures: 'figure',
  vol: 'volume', vols: 'volume', volume: 'volume', volumes: 'volume',
  l: 'line', ll: 'line', line: 'line', lines: 'line',
  n: 'note', nn: 'note', note: 'note', notes: 'note',
};

/**
 * pandoc 2.17's citation key (Text.Pandoc.Parsing, simpleCiteIdentifier): a
 * letter, digit or _, then letters, digits and _, with single punctuation
 * marks between them, and ":" or "/" before a "/" (so URLs are keys); or
 * anything without spaces in balanced braces, @{...}.
 */
export const keyPattern = /^(?:\{([^{}\s]+)\}|([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_])|[:/](?=\/))*))/u;
const locatorValue = String.raw`[\divxlcdm]+[a-z]?(?:\s*[-–—]\s*[\divxlcdm]+[a-z]?)?`;
const locatorPattern = new RegExp(
  String.raw`^,?\s*(?:(${Object.keys(labels).map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\.?\s*)?(${locatorValue}(?:\s*,\s*${locatorValue})*)(?![\p{L}\p{N}])`,
  'iu',
);
const wordChar = /[\p{L}\p{N}_]/u;

/** Reads a citation key at `text[at]` (just after "@"). */
function readKey(text: string, at: number): { key: string; end: number } | undefined {
  const match = keyPattern.exec(text.slice(at));
  if (!match) return undefined;
  return { key: (match[1] ?? match[2])!, end: at + match[0].length };
}

/** Splits what follows a key into a locator (", p. 33") and the rest of the suffix. */
export function parseLocator(suffix: string): Pick<CitationItem, 'locator' | 'label' | 'suffix'> {
  const match = locatorPattern.exec(suffix);
  // A bare number counts as a page only straight after a comma, as in pandoc ([@key, 33]).
  if (!match || (!match[1] && !/^,\s*\d/.test(suffix))) return { suffix };
  const label = match[1] ? labels[match[1].toLowerCase()] : 'page';
  const locator = match[2]!.replace(/\s*([-–—])\s*/g, '$1');
  return { locator, ...(label ? { label } : {}), suffix: suffix.slice(match[0].length) };
}

/** Parses one `;`-separated part of a bracketed citation, e.g. "see -@key, p. 3". */
function parseItem(part: string, isEscaped: (index: number) => boolean, offset: number): CitationItem | undefined {
  const at = part.indexOf('@');
  if (at < 0 || part.indexOf('@', at + 1) >= 0 || isEscaped(offset + at)) return undefined;
  const suppressAuthor = part[at - 1] === '-';
  const prefixEnd = suppressAuthor ? at - 1 : at;
  const before = part[prefixEnd - 1];
  if (before !== undefined && !/\s/.test(before)) return undefined;
  const key = readKey(part, at + 1);
  if (!key) return undefined;
  return { key: key.key, prefix: part.slice(0, prefixEnd).trim(), suppressAuthor, ...trimSuffix(parseLocator(part.slice(key.end))) };
}

function trimSuffix<T extends { suffix: string }>(item: T): T {
  return { ...item, suffix: item.suffix.trimEnd() };
}

/** Tries to read a bracketed citation starting at `text[open]` === "[". */
function readBracketed(text: string, open: number, isEscaped: (index: number) => boolean): Citation | undefined {
  const close = text.indexOf(']', open + 1);
  if (close < 0) return undefined;
  const inner = text.slice(open + 1, close);
  if (inner.includes('[')) return undefined;
  const items: CitationItem[] = [];
  let offset = open + 1;
  for (const part of inner.split(';')) {
    const item = parseItem(part, isEscaped, offset);
    if (!item) return undefined;
    items.push(item);
    offset += part.length + 1;
  }
  return { kind: 'parenthetical', items, start: open, end: close + 1 };
}

/** Tries to read a narrative citation at `text[at]` === "@", with an optional " [p. 33]" locator after it. */
function readNarrative(text: string, at: number): Citation | undefined {
  const previous = text[at - 1];
  if (previous !== undefined && (wordChar.test(previous) || previous === '@')) return undefined;
  const key = readKey(text, at + 1);
  if (!key) return undefined;
  const item: CitationItem = { key: key.key, prefix: '', suffix: '', suppressAuthor: false };
  const bracket = /^ ?\[([^\]@[]*)\]/.exec(text.slice(key.end));
  if (bracket) {
    const locator = parseLocator(`,${bracket[1]}`);
    if (locator.locator) {
      return { kind: 'narrative', items: [{ ...item, ...trimSuffix({ ...locator, suffix: locator.suffix }) }], start: at, end: key.end + bracket[0].length };
    }
  }
  return { kind: 'narrative', items: [item], start: at, end: key.end };
}

/**
 * Returns every citation in `text`, in order. `isEscaped(i)` tells whether
 * the character at `i` was written escaped in the source (as "\@").
 */
export function findCitations(text: string, isEscaped: (index: number) => boolean = () => false): Citation[] {
  const citations: Citation[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    const found =
      char === '[' ? readBracketed(text, index, isEscaped) : char === '@' && !isEscaped(index) ? readNarrative(text, index) : undefined;
    if (found) {
      citations.push(found);
      index = found.end;
    } else {
      index += 1;
    }
  }
  return citations;
}
