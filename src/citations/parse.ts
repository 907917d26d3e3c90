/**
 * Finds pandoc-style citations in a run of inline text, by the grammar of
 * pandoc 2.17's Markdown reader (Text.Pandoc.Readers.Markdown: cite,
 * textualCite, normalCite, citation, prefix, suffix):
 *
 *   [@makey2022]  [@a; @b]  [see @key, pp. 33-35 for a survey]  [-@cahn2004]
 *   @webb2021 found ...   @webb2021 [p. 4] found ...   [*see* @key, p. 3]
 *
 * The text is a run of sibling inline nodes (collect.ts): text as written,
 * and each other node (emphasis, code, a link) as one placeholder
 * character, so markup can sit in a prefix or suffix. Pure and total: it
 * never throws, and text without citations yields none.
 */
import { inlinePlaceholder, parseLocator, type LocatorMap } from './locator.ts';

export type CitationMode = 'normal' | 'author-in-text' | 'suppress-author';

/** A prefix or suffix: `lead` (text pandoc adds, such as ", ") and then `text` as written at `at` in the run. */
export interface Affix {
  lead: string;
  text: string;
  at: number;
}

export interface CitationItem {
  key: string;
  mode: CitationMode;
  prefix: Affix;
  suffix: Affix;
  locator?: string;
  /** The CSL term the locator is labelled with ("page", "chapter", "section"). */
  label?: string;
}

export interface Citation {
  /** "narrative" when the first item is written in the text (@key), "parenthetical" for [@key]. */
  kind: 'parenthetical' | 'narrative';
  items: CitationItem[];
  /** Offsets of the whole citation in the text: [start, end). */
  start: number;
  end: number;
}

/** An affix as one string: what pandoc adds, then what was written (placeholders included). */
export const affixText = (affix: Affix) => affix.lead + affix.text;

/**
 * pandoc 2.17's citation key (Text.Pandoc.Parsing, simpleCiteIdentifier): a
 * letter, digit or _, then letters, digits and _, with single punctuation
 * marks between them, and ":" or "/" before a "/" (so URLs are keys); or
 * anything without spaces in balanced braces, @{...}.
 */
export const keyPattern = /^(?:\{([^{}\s\uFFFC]+)\}|([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_])|[:/](?=\/))*))/u;
const wordChar = /[\p{L}\p{N}]/u;
const emptyAffix = (at: number): Affix => ({ lead: '', text: '', at });

export interface ParseOptions {
  /** Whether the character at an index was written escaped ("\@", "\["). */
  isEscaped?: (index: number) => boolean;
  /** The locale's locator terms (locator.ts); without it, no suffix has a locator. */
  locators?: LocatorMap;
}

class CitationParser {
  private readonly text: string;
  private readonly isEscaped: (index: number) => boolean;
  private readonly locators: LocatorMap;

  constructor(text: string, isEscaped: (index: number) => boolean, locators: LocatorMap) {
    this.text = text;
    this.isEscaped = isEscaped;
    this.locators = locators;
  }

  private at(index: number, char: string): boolean {
    return this.text[index] === char && !this.isEscaped(index);
  }

  /** spnl: spaces, at most one line break, spaces. */
  private spnl(index: number): number {
    let next = index;
    while (this.text[next] === ' ' || this.text[next] === '\t') next += 1;
    if (this.text[next] === '\n') {
      next += 1;
      while (this.text[next] === ' ' || this.text[next] === '\t') next += 1;
    }
    return next;
  }

  /** citeKey: an optional "-", "@" and a key, not straight after a letter or digit (an e-mail address). */
  citeKey(index: number): { key: string; suppress: boolean; next: number } | undefined {
    const previous = this.text[index - 1];
    if (previous !== undefined && wordChar.test(previous)) return undefined;
    const suppress = this.at(index, '-');
    const atSign = suppress ? index + 1 : index;
    if (!this.at(atSign, '@')) return undefined;
    const match = keyPattern.exec(this.text.slice(atSign + 1));
    if (!match) return undefined;
    return { key: (match[1] ?? match[2])!, suppress, next: atSign + 1 + match[0].length };
  }

  /** prefix: inline text up to a key (optionally after "; "); fails at "]" or at a ";" of its own. */
  private prefix(index: number): { affix: Affix; next: number } | undefined {
    for (let next = index; next < this.text.length; next += 1) {
      if (this.at(next, ']')) return undefined;
      const semicolon = this.at(next, ';') ? this.spnl(next + 1) : next;
      if (this.citeKey(semicolon)) return { affix: trimmed(this.text, index, next), next };
      if (this.at(next, ';')) return undefined;
    }
    return undefined;
  }

  /** suffix: inline text up to ";" or "]", with a leading space kept as one space. */
  private suffix(index: number): { text: string; at: number; next: number } {
    let end = index;
    while (end < this.text.length && !this.at(end, ';') && !this.at(end, ']')) end += 1;
    const space = /\s/.test(this.text[index] ?? '');
    const start = this.spnl(index);
    const text = this.text.slice(start, end).trimEnd();
    return { text: space && text ? ` ${text}` : text, at: space && text ? start - 1 : start, next: end };
  }

  /** A suffix split into locator and the rest (pandoc does this when it hands the citation to citeproc). */
  private withLocator(suffix: { text: string; at: number }): Pick<CitationItem, 'suffix' | 'locator' | 'label'> {
    const { locator, label, lead, restAt } = parseLocator(suffix.text, this.locators);
    const rest = suffix.text.slice(restAt).trimEnd();
    return { suffix: { lead: rest ? lead : '', text: rest, at: suffix.at + restAt }, ...(locator ? { locator, label } : {}) };
  }

  /** citation: prefix, key, suffix. */
  private citation(index: number): { item: CitationItem; next: number } | undefined {
    const prefix = this.prefix(index);
    if (!prefix) return undefined;
    const key = this.citeKey(prefix.next);
    if (!key) return undefined;
    const suffix = this.suffix(key.next);
    return { item: { key: key.key, mode: key.suppress ? 'suppress-author' : 'normal', prefix: prefix.affix, ...this.withLocator(suffix) }, next: suffix.next };
  }

  /** citeList: citations separated by ";" and spaces. */
  private citeList(index: number): { items: CitationItem[]; next: number } | undefined {
    const items: CitationItem[] = [];
    let next = index;
    for (;;) {
      const citation = this.citation(next);
      if (!citation) return items.length > 0 ? { items, next } : undefined;
      items.push(citation.item);
      next = citation.next;
      if (!this.at(next, ';')) return { items, next };
      const after = this.spnl(next + 1);
      if (!this.citation(after)) return { items, next };
      next = after;
    }
  }

  /** normalCite: "[" citations "]", not followed by "{", "(" or "[" (a link or span). */
  normalCite(index: number): { items: CitationItem[]; next: number } | undefined {
    if (!this.at(index, '[')) return undefined;
    const list = this.citeList(this.spnl(index + 1));
    if (!list) return undefined;
    const close = this.spnl(list.next);
    if (!this.at(close, ']') || '{(['.includes(this.text[close + 1] ?? '.')) return undefined;
    return { items: list.items, next: close + 1 };
  }

  /** textualCite: @key, optionally followed by [suffix; more citations] or [@more]. */
  textualCite(index: number): Citation | undefined {
    const key = this.citeKey(index);
    if (!key) return undefined;
    const first: CitationItem = { key: key.key, mode: key.suppress ? 'suppress-author' : 'author-in-text', prefix: emptyAffix(index), suffix: emptyAffix(key.next) };
    const bracket = this.spnl(key.next);
    const cite = this.normalCite(bracket);
    if (cite) return { kind: 'narrative', items: [first, ...cite.items], start: index, end: cite.next };
    const bare = this.bareLocator(bracket);
    if (bare) return { kind: 'narrative', items: [{ ...first, ...this.withLocator(bare.suffix) }, ...bare.rest], start: index, end: bare.next };
    return { kind: 'narrative', items: [first], start: index, end: key.next };
  }

  /** bareloc: "[" suffix ("; " citations)? "]", not followed by "[" or "(", and not a footnote "[^". */
  private bareLocator(index: number): { suffix: { text: string; at: number }; rest: CitationItem[]; next: number } | undefined {
    if (!this.at(index, '[') || this.text[index + 1] === '^') return undefined;
    const suffix = this.suffix(index + 1);
    let next = suffix.next;
    let rest: CitationItem[] = [];
    if (this.at(next, ';')) {
      const list = this.citeList(this.spnl(next + 1));
      if (list) {
        rest = list.items;
        next = list.next;
      }
    }
    next = this.spnl(next);
    if (!this.at(next, ']') || '[('.includes(this.text[next + 1] ?? '.')) return undefined;
    return { suffix, rest, next: next + 1 };
  }
}

/** Text from `start` to `end` without surrounding white space, as an affix (pandoc trims prefixes). */
function trimmed(text: string, start: number, end: number): Affix {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  return { lead: '', text: raw.trim(), at: start + lead };
}

/**
 * Every citation in `text`, in order. Where `[` does not open a citation,
 * what follows may still hold one: `\[@key\]` is a narrative citation in
 * literal brackets, as in pandoc.
 */
export function findCitations(text: string, options: ParseOptions = {}): Citation[] {
  const parser = new CitationParser(text, options.isEscaped ?? (() => false), options.locators ?? new Map());
  const citations: Citation[] = [];
  // Only these characters can start a citation: the scan jumps from one to the next.
  const starts = /[[@-]/g;
  let index = 0;
  while (index < text.length) {
    starts.lastIndex = index;
    const next = starts.exec(text);
    if (!next) break;
    index = next.index;
    const char = next[0];
    let found: Citation | undefined;
    if (char === '[') {
      const normal = parser.normalCite(index);
      if (normal) found = { kind: 'parenthetical', items: normal.items, start: index, end: normal.next };
    } else if (char === '@' || char === '-') {
      found = parser.textualCite(index);
    }
    if (found) {
      citations.push(found);
      index = found.end;
    } else {
      index += 1;
    }
  }
  return citations;
}

export { inlinePlaceholder };
