/**
 * Splits a citation's suffix into a locator and the rest, by pandoc 2.17's
 * rules (Text.Pandoc.Citeproc.Locator), so `[@key, pp. 33-35, 38-39 and
 * *passim*]` means what it means to pandoc: locator "33-35, 38-39" labelled
 * page, suffix " and *passim*". Labels are the locale's terms in every form
 * ("p.", "pp.", "page", "chap.", "§"), so they follow the site's locale.
 * A suffix without a locator gains ", " unless it starts with a space or
 * punctuation, as in pandoc.
 *
 * The suffix is read as pandoc reads its inlines: words, single punctuation
 * marks (except ":"), spaces, and, for markup such as *passim*, an opaque
 * token (the inline-node placeholder, see collect.ts).
 */
import CSL from 'citeproc';

/** Each term's written forms, case-folded, to the CSL term it names. */
export type LocatorMap = ReadonlyMap<string, string>;

/** pandoc 2.17's locator terms, in its order (Text.Pandoc.Citeproc.Locator, locatorTerms): where two terms share a form ("p." is page and number-of-pages), the earlier wins. */
const locatorTerms = ['book', 'chapter', 'column', 'figure', 'folio', 'issue', 'line', 'note', 'opus', 'page', 'number-of-pages', 'paragraph', 'part', 'section', 'sub verbo', 'verse', 'volume'];

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: (XmlNode | string)[];
}

const texts = (node: XmlNode): string[] => node.children.flatMap((child) => (typeof child === 'string' ? [child] : texts(child)));

/** The locator terms of a CSL locale (its XML), read with citeproc's own XML reader. */
export function locatorMap(localeXml: string): LocatorMap {
  const locale = (CSL as unknown as { parseXml(xml: string): XmlNode }).parseXml(localeXml);
  const terms = locale.children.find((child): child is XmlNode => typeof child !== 'string' && child.name === 'terms');
  const forms = new Map<string, string[]>();
  for (const term of terms?.children ?? []) {
    if (typeof term === 'string' || !locatorTerms.includes(term.attrs['name'] ?? '')) continue;
    forms.set(term.attrs['name']!, [...(forms.get(term.attrs['name']!) ?? []), ...texts(term)]);
  }
  const map = new Map<string, string>();
  for (const name of locatorTerms) {
    for (const form of forms.get(name) ?? []) {
      const key = form.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, name);
    }
  }
  return map;
}

interface Token {
  kind: 'space' | 'str' | 'inline';
  text: string;
  /** Offset of the token in the suffix. */
  at: number;
}

/** The placeholder an inline node (emphasis, code, a link) stands as in the text the parser reads. */
export const inlinePlaceholder = '\uFFFC';

const punctuation = /\p{P}/u;
const space = /\s/u;

function tokenise(suffix: string): Token[] {
  const tokens: Token[] = [];
  for (const match of suffix.matchAll(/[^\S\u00a0]+|\u00a0|\uFFFC|[^\s\p{P}\uFFFC]+|:|\p{P}/gu)) {
    const text = match[0];
    const kind = text === inlinePlaceholder ? 'inline' : text === '\u00a0' || space.test(text) ? 'space' : 'str';
    tokens.push({ kind, text: kind === 'space' && text !== '\u00a0' ? ' ' : text, at: match.index });
  }
  return tokens;
}

const romanNumeral = /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const isRoman = (text: string) => text !== '' && romanNumeral.test(text.toUpperCase());
/** Punctuation ends a page unit, except the range dashes and ":" (volume:page). */
const isLocatorPunct = (text: string) => text.length === 1 && punctuation.test(text) && !'-–:'.includes(text);

/** A parser at a token index: what it read, and where it stopped; undefined when it does not match. */
type Result<T> = { value: T; next: number } | undefined;

class LocatorParser {
  private readonly tokens: Token[];
  private readonly map: LocatorMap;

  constructor(tokens: Token[], map: LocatorMap) {
    this.tokens = tokens;
    this.map = map;
  }

  private is(index: number, kind: Token['kind'], text?: string): boolean {
    const token = this.tokens[index];
    return token !== undefined && token.kind === kind && (text === undefined || token.text === text);
  }

  private str(index: number): string | undefined {
    return this.tokens[index]?.kind === 'str' ? this.tokens[index].text : undefined;
  }

  private stringify(from: number, to: number): string {
    return this.tokens.slice(from, to).map((token) => token.text).join('');
  }

  /** pPageUnit: a roman numeral, or tokens up to a space or punctuation; true if digit-like. */
  private pageUnit(index: number): Result<[boolean, string]> {
    const word = this.str(index);
    if (word !== undefined && isRoman(word)) return { value: [true, word], next: index + 1 };
    let next = index;
    while (next < this.tokens.length && !this.is(next, 'space') && !(this.is(next, 'str') && isLocatorPunct(this.tokens[next]!.text))) next += 1;
    if (next === index) return undefined;
    const text = this.stringify(index, next);
    return { value: [/\d/.test(text), text], next };
  }

  /** pPageSeq: "1", "1.2", "1.2.3", but not a trailing "." */
  private pageSeq(index: number): Result<[boolean, string]> {
    const withPeriod = (at: number): Result<[boolean, string]> => {
      if (!this.is(at, 'str', '.')) return undefined;
      const unit = this.pageUnit(at + 1);
      return unit && { value: [unit.value[0], `.${unit.value[1]}`], next: unit.next };
    };
    const first = this.pageUnit(index) ?? withPeriod(index);
    if (!first) return undefined;
    let [digits, text] = first.value;
    let next = first.next;
    for (let more = withPeriod(next); more; more = withPeriod(next)) {
      digits ||= more.value[0];
      text += more.value[1];
      next = more.next;
    }
    return { value: [digits, text], next };
  }

  /** pBalancedBraces: one or more units, each bare or inside a pair of the given brackets (at most one unit inside). */
  private balanced(index: number, pairs: string[], unit: (at: number) => Result<[boolean, string]>): Result<[boolean, string]> {
    const openers = pairs.map((pair) => pair[0]!);
    const brackets = pairs.join('');
    const bare = (at: number) => (this.is(at, 'str') && brackets.includes(this.tokens[at]!.text) ? undefined : unit(at));
    const surround = (at: number): Result<[boolean, string]> => {
      const opener = openers.indexOf(this.str(at) ?? '');
      if (opener < 0) return bare(at);
      const inner = bare(at + 1);
      const close = inner ? inner.next : at + 1;
      if (!this.is(close, 'str', pairs[opener]![1])) return undefined;
      return { value: [inner?.value[0] ?? false, `${pairs[opener]![0]}${inner?.value[1] ?? ''}${pairs[opener]![1]}`], next: close + 1 };
    };
    let digits = false;
    let text = '';
    let next = index;
    for (let part = surround(next); part; part = surround(next)) {
      digits ||= part.value[0];
      text += part.value[1];
      next = part.next;
    }
    return next === index ? undefined : { value: [digits, text], next };
  }

  /** pLocatorWordIntegrated: an optional "," or ";" (not for the first word), an optional space, and a bracketed page sequence. */
  private word(index: number, isFirst: boolean): Result<[boolean, string]> {
    let next = index;
    let punct = '';
    if (!isFirst && (this.is(next, 'str', ',') || this.is(next, 'str', ';'))) {
      punct = this.tokens[next]!.text;
      next += 1;
    }
    let sp = '';
    if (this.is(next, 'space')) {
      sp = ' ';
      next += 1;
    }
    const seq = this.balanced(next, ['()', '[]', '{}'], (at) => this.pageSeq(at));
    return seq && { value: [seq.value[0], punct + sp + seq.value[1]], next: seq.next };
  }

  private digitsWord = (index: number, isFirst: boolean) => {
    const word = this.word(index, isFirst);
    return word && /\d/.test(word.value[1]) ? word : undefined;
  };

  private romanOrDigitsWord = (index: number, isFirst: boolean) => {
    const word = this.word(index, isFirst);
    return word && word.value[0] ? word : undefined;
  };

  /** pLocatorLabel': the longest run of tokens, ending where `limit` matches, that is a locator term. */
  private label(index: number, limit: (at: number) => boolean, acc = ''): Result<string> {
    if (index >= this.tokens.length) return undefined;
    let next = index + 1;
    while (next < this.tokens.length && !limit(next)) next += 1;
    if (next >= this.tokens.length && !limit(next)) return undefined;
    const text = acc + this.stringify(index, next);
    const term = this.map.get(text.trim().toLowerCase());
    const longer = this.label(next, limit, text);
    if (longer) return longer;
    return term ? { value: term, next } : undefined;
  }

  /** pLocatorDelimited: {label? anything with balanced {} and []} */
  private delimited(index: number): Result<{ label: string; locator: string }> {
    if (!this.is(index, 'str', '{')) return undefined;
    let next = index + 1;
    while (this.is(next, 'space')) next += 1;
    const label = this.label(next, (at) => at < this.tokens.length);
    const term = label?.value ?? 'page';
    next = label?.next ?? next;
    const start = next;
    let depth = 0;
    for (; next < this.tokens.length; next += 1) {
      const text = this.str(next);
      if (text === '{' || text === '[') depth += 1;
      else if (text === '}' || text === ']') {
        if (depth === 0) break;
        depth -= 1;
      }
    }
    if (!this.is(next, 'str', '}')) return undefined;
    return { value: { label: term, locator: this.stringify(start, next) }, next: next + 1 };
  }

  /** pLocatorIntegrated: a label (or an implied "page" before digits) and the words of the locator. */
  private integrated(index: number): Result<{ label: string; locator: string }> {
    const label = this.label(index, (at) => this.romanOrDigitsWord(at, true) !== undefined);
    const implicit = !label;
    if (implicit && !this.digitsWord(index, true)) return undefined;
    const require = implicit ? this.digitsWord : this.romanOrDigitsWord;
    let next = label?.next ?? index;
    const first = require(next, !implicit);
    if (!first) return undefined;
    let locator = first.value[1];
    next = first.next;
    for (let more = require(next, false); more; more = require(next, false)) {
      locator += more.value[1];
      next = more.next;
    }
    return { value: { label: label?.value ?? 'page', locator }, next };
  }

  /** pLocatorWords: an optional comma and space, then a delimited or integrated locator. */
  parse(): Result<{ label: string; locator: string }> {
    let next = 0;
    if (this.is(next, 'str', ',')) next += 1;
    if (this.is(next, 'space')) next += 1;
    return this.delimited(next) ?? this.integrated(next);
  }
}

export interface LocatorParse {
  locator?: string;
  /** The CSL term the locator is labelled with ("page", "chapter"). */
  label?: string;
  /** What is left of the suffix, from `restAt`, after `lead`. */
  lead: string;
  restAt: number;
}

/**
 * Splits `suffix` (as written after the key, e.g. ", pp. 33-35 and more")
 * into locator, label, and the rest: `lead` (", " where pandoc adds a comma)
 * followed by `suffix.slice(restAt)`.
 */
export function parseLocator(suffix: string, map: LocatorMap): LocatorParse {
  const tokens = tokenise(suffix);
  const parsed = new LocatorParser(tokens, map).parse();
  if (parsed) {
    const restAt = tokens[parsed.next]?.at ?? suffix.length;
    // pandoc keeps an empty {} as no locator: [@smith{}, 99 years later].
    return parsed.value.locator.trim() ? { locator: parsed.value.locator.trim(), label: parsed.value.label, lead: '', restAt } : { lead: '', restAt };
  }
  const first = tokens[0];
  const addComma = first !== undefined && !(first.kind === 'space' && first.text === ' ') && !(first.kind === 'str' && punctuation.test(first.text[0]!));
  return { lead: addComma ? ', ' : '', restAt: 0 };
}
