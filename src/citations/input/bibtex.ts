/**
 * BibTeX and BibLaTeX files as reference managers write them, read by
 * citation-js in its default (non-strict) mode: `journal` and
 * `journaltitle`, every entry type of either dialect, `@string` with `#`,
 * month macros, `@preamble`, `@comment` and `crossref`.
 *
 * citation-js reads a file in one piece and stops at its first error; this
 * module makes that survivable. An entry it cannot read is reported at its
 * line and blanked out, and the file read again, so one bad entry never
 * hides the others. A field whose LaTeX it cannot read is left out with a
 * warning rather than losing the entry. BibLaTeX's `xdata`, which it does
 * not support, is resolved before conversion.
 */
import { plugins, withLoggedWarnings, type CslItem, type CslName } from '../citation-js.ts';
import { normaliseEntries, type RawEntry } from './bibtex-exports.ts';
import { leftoverCommands, withoutCommands, withoutStars } from './latex-commands.ts';
import type { SourceProblem } from './problems.ts';
import { citedInType, withCitedIn } from '../related.ts';

export interface ParsedEntry {
  key: string;
  item: CslItem;
  /** 1-based line of the entry's `@type{` in the file. */
  line: number;
}

interface EntryStart {
  type: string;
  key: string;
  line: number;
  column: number;
  offset: number;
}

const entryStart = /^([ \t]*)@[ \t]*([A-Za-z]+)[ \t]*[{(][ \t]*([^,\s{}()]*)/gm;
const notEntries = new Set(['string', 'preamble', 'comment']);

/** Where each `@type{key` starts, in file order; a line-based scan, like the reference managers' own import detection. */
function entryStarts(text: string): EntryStart[] {
  const starts: EntryStart[] = [];
  for (const match of text.matchAll(entryStart)) {
    const offset = match.index + match[1]!.length;
    const line = text.slice(0, offset).split('\n').length;
    starts.push({ type: match[2]!.toLowerCase(), key: match[3]!, line, column: match[1]!.length + 1, offset });
  }
  return starts;
}

/** citation-js's grammar errors end "… at line 12 col 5:" followed by a code frame. */
function syntaxErrorPosition(message: string): { reason: string; line: number; column: number } | undefined {
  const match = /^([\s\S]*?) at line (\d+) col (\d+)/.exec(message);
  return match ? { reason: match[1]!, line: Number(match[2]), column: Number(match[3]) } : undefined;
}

/** `text` with every character outside `keep` blanked, so line and column numbers stay those of the file. */
function keepOnly(text: string, keep: [number, number][]): string {
  let result = '';
  let at = 0;
  for (const [from, to] of keep) {
    result += text.slice(at, from).replace(/[^\n]/g, ' ') + text.slice(from, to);
    at = to;
  }
  return result + text.slice(at).replace(/[^\n]/g, ' ');
}

const parseRaw = (text: string) => plugins.input.data(text, '@biblatex/text') as RawEntry[];

/**
 * Raw entries (fields still as LaTeX source). citation-js stops at a file's
 * first syntax error, and an unclosed brace swallows every entry after it,
 * so when the file fails each entry is read again on its own (with the
 * file's @string definitions before it): every entry that can be read
 * loads, and each that cannot is reported at its own line.
 */
function readRawEntries(text: string, starts: EntryStart[], problems: SourceProblem[]): RawEntry[] {
  try {
    return parseRaw(text);
  } catch {
    // Read entry by entry below.
  }
  const chunks = starts.map((start, index): [number, number] => [start.offset, starts[index + 1]?.offset ?? text.length]);
  const strings: [number, number][] = [];
  const entries: RawEntry[] = [];
  starts.forEach((start, index) => {
    if (start.type === 'comment') return;
    const chunk = chunks[index]!;
    try {
      const read = parseRaw(keepOnly(text, [...strings, chunk]));
      if (start.type === 'string') strings.push(chunk);
      else entries.push(...read);
    } catch (error) {
      const position = syntaxErrorPosition((error as Error).message);
      if (!position) throw error;
      const what = start.type === 'string' ? 'this @string definition' : `entry "${start.key}"`;
      // A brace left open runs to the end of the text: the useful place is the entry's start.
      const unclosed = /got EOF/.test(position.reason);
      problems.push({
        ...(unclosed ? { line: start.line, column: start.column } : { line: position.line, column: position.column }),
        severity: 'error',
        message: unclosed
          ? `Could not read ${what}: a { in it is never closed. Check that each field's value ends with } (followed by a comma if another field follows).`
          : `Could not read ${what}: ${position.reason}. Check that every { has a matching }, that fields are separated by commas, and that each value is in {braces} or "quotes".`,
      });
    }
  });
  return entries;
}

/**
 * BibLaTeX's `xdata = {a, b}` copies the fields of the `@xdata` entries a
 * and b into the entry (its own fields win); the `@xdata` entries are not
 * works themselves. Resolved on the raw fields, as biber does.
 */
function resolveXdata(entries: RawEntry[], lineOf: (key: string) => number, problems: SourceProblem[]): RawEntry[] {
  const xdata = new Map(entries.filter((entry) => entry.type === 'xdata').map((entry) => [entry.label, entry.properties]));
  return entries
    .filter((entry) => entry.type !== 'xdata')
    .map((entry) => {
      const refs = entry.properties['xdata'];
      if (refs === undefined) return entry;
      const { xdata: _, ...own } = entry.properties;
      const inherited: Record<string, string | number> = {};
      for (const ref of String(refs).split(',').map((name) => name.trim()).filter(Boolean)) {
        const fields = xdata.get(ref);
        if (fields) Object.assign(inherited, fields);
        else problems.push({ line: lineOf(entry.label), column: 1, severity: 'warning', message: `Entry "${entry.label}" takes fields from xdata "${ref}", but there is no @xdata entry with that key. Add it, or remove it from the xdata field.` });
      }
      return { ...entry, properties: { ...inherited, ...own } };
    });
}

/**
 * A BibLaTeX @set groups other entries to be cited together; it has no
 * title or author of its own, and CSL has no such thing.
 */
function withoutSets(entries: RawEntry[], lineOf: (key: string) => number, problems: SourceProblem[]): RawEntry[] {
  return entries.filter((entry) => {
    if (entry.type !== 'set') return true;
    const members = String(entry.properties['entryset'] ?? '').split(',').map((key) => `@${key.trim()}`).filter((key) => key !== '@');
    problems.push({ line: lineOf(entry.label), column: 1, severity: 'error', message: `Entry "${entry.label}" is a BibLaTeX @set, a group of other entries with no title of its own, which the site cannot show. Cite its entries together instead${members.length > 0 ? `: [${members.join('; ')}]` : ''}.` });
    return false;
  });
}

const toCsl = (entries: RawEntry[]) => plugins.input.data(entries, '@biblatex/entries+list') as (CslItem & { _graph?: unknown })[];

/**
 * Converts raw entries together (crossref needs the whole set). If
 * citation-js cannot read some field's LaTeX, each entry is tried alone to
 * find the field, which is left out with a warning; the rest convert as before.
 */
function convert(entries: RawEntry[], lineOf: (key: string) => number, problems: SourceProblem[]): CslItem[] {
  try {
    return toCsl(entries);
  } catch {
    // Found below, entry by entry and field by field.
  }
  const repaired = entries.map((entry) => {
    try {
      toCsl([entry]);
      return entry;
    } catch {
      const properties = { ...entry.properties };
      for (const [field, value] of Object.entries(entry.properties)) {
        try {
          toCsl([{ type: entry.type, label: entry.label, properties: { [field]: value } }]);
        } catch (error) {
          delete properties[field];
          const reason = syntaxErrorPosition((error as Error).message)?.reason ?? (error as Error).message.split('\n')[0];
          problems.push({ line: lineOf(entry.label), column: 1, severity: 'warning', field, message: `The ${field} field of entry "${entry.label}" could not be read as LaTeX (${reason}), so it was left out. Write it as plain text, or check its braces and commands.` });
        }
      }
      return { ...entry, properties };
    }
  });
  return toCsl(repaired);
}

/**
 * Zotero's BibTeX export has no type for a web page: it writes @misc, with
 * the site's name in journal. Styles then print the page as part of the
 * site ("In Mind" in APA), as pandoc does; as @online it reads as a web page
 * ("Peer support. Mind."). The entry is kept as written, with a warning.
 */
function warnWebPageAsMisc(raw: RawEntry, item: CslItem, lineOf: (key: string) => number, problems: SourceProblem[]): void {
  const site = item['container-title'];
  if (raw.type !== 'misc' || typeof site !== 'string' || !('journal' in raw.properties) || !('url' in raw.properties)) return;
  problems.push({ line: lineOf(raw.label), column: 1, severity: 'warning', message: `Entry "${raw.label}" is a @misc with a journal and a url, as Zotero's BibTeX export writes a web page: styles print it as part of "${site}" (APA: "In ${site}"). If it is a web page, change @misc to @online and keep the journal field, the site's name.` });
}

/** Text fields still holding LaTeX commands citation-js does not know lose them, with a warning naming each. */
function dropLeftoverCommands(item: CslItem, lineOf: (key: string) => number, problems: SourceProblem[]): CslItem {
  const cleaned: CslItem = { ...item };
  for (const [field, value] of Object.entries(item)) {
    if (typeof value !== 'string' || field === 'id' || field === 'citation-key') continue;
    const commands = leftoverCommands(value);
    if (commands.length === 0) continue;
    cleaned[field] = withoutCommands(value);
    problems.push({ line: lineOf(item.id), column: 1, severity: 'warning', field, message: `The ${field} field of entry "${item.id}" uses LaTeX commands the site cannot show (${commands.join(' ')}), so they were left out of the text. Write that part as plain text.` });
  }
  return cleaned;
}

/**
 * BibLaTeX's type keys (`type = {techreport}`) name a kind of work in the
 * reader's language; citation-js passes the key through, and a reference
 * ended "[Techreport]". They read as biblatex's English strings. An entry
 * type alone is no label: a @techreport is a report (CSL's type), as
 * pandoc reads it, while theses keep their degree.
 */
const typeKeys: Record<string, string> = {
  techreport: 'technical report',
  resreport: 'research report',
  phdthesis: 'PhD thesis',
  mathesis: 'Master’s thesis',
  mastersthesis: 'Master’s thesis',
  candthesis: 'Candidate thesis',
  software: 'computer software',
  datacd: 'CD-ROM',
  audiocd: 'audio CD',
};

function withReadableGenre(item: CslItem, raw: RawEntry): CslItem {
  const genre = item['genre'];
  if (typeof genre !== 'string' || !(genre in typeKeys)) return item;
  const { genre: _, ...rest } = item;
  const named = raw.properties['type'] !== undefined || raw.type.endsWith('thesis');
  return named ? { ...rest, genre: typeKeys[genre]! } : rest;
}

const isName = (value: unknown): value is CslName => typeof value === 'object' && value !== null && ('family' in value || 'literal' in value);

/**
 * A name in braces ({{National Institute for Health Research}}, as Zotero,
 * JabRef and Mendeley write an organisation) is one name BibTeX must not
 * split; citation-js makes it a surname with no given names. CSL writes an
 * organisation as a literal name, as RIS and CSL-JSON exports of the same
 * work are read, so a surname of several words with no given names is one.
 */
function withOrganisationsLiteral(item: CslItem): CslItem {
  const named: CslItem = { ...item };
  for (const [field, value] of Object.entries(item)) {
    if (!Array.isArray(value) || !value.every(isName)) continue;
    named[field] = value.map((name) => (name.family && /\s/.test(name.family) && !name.given && Object.keys(name).length === 1 ? { literal: name.family } : name));
  }
  return named;
}

/**
 * BibLaTeX's related-entry fields, which citation-js drops: a work cited
 * through another (relatedtype = {citedin}) keeps the relation (related.ts).
 * Other kinds of relation (a translation, a reprint) have no effect here.
 */
function withRelation(item: CslItem, raw: RawEntry, lineOf: (key: string) => number, problems: SourceProblem[]): CslItem {
  const type = String(raw.properties['relatedtype'] ?? '').trim().toLowerCase();
  if (type !== citedInType || raw.properties['related'] === undefined) return item;
  const [through, ...more] = String(raw.properties['related']).split(',').map((key) => key.trim()).filter(Boolean);
  if (more.length > 0) problems.push({ line: lineOf(item.id), column: 1, severity: 'warning', field: 'related', message: `Entry "${item.id}" is cited through ${[through, ...more].join(' and ')}; a citation can say "as cited in" one work only, so it names ${through}. Keep the work you read it in.` });
  return through ? withCitedIn(item, through) : item;
}

/** Every entry in a BibTeX or BibLaTeX file, and every problem, each at its line. */
export function parseBibtex(text: string): { entries: ParsedEntry[]; problems: SourceProblem[] } {
  const problems: SourceProblem[] = [];
  const source = withoutStars(text);
  const starts = entryStarts(source);
  const dataStarts = starts.filter((start) => !notEntries.has(start.type));
  const lineByKey = new Map<string, number>();
  for (const start of dataStarts) if (!lineByKey.has(start.key)) lineByKey.set(start.key, start.line);
  const lineOf = (key: string) => lineByKey.get(key) ?? 1;

  const { result: converted, warnings } = withLoggedWarnings(() => {
    const raw = withoutSets(normaliseEntries(resolveXdata(readRawEntries(source, starts, problems), lineOf, problems)), lineOf, problems);
    return { raw, items: convert(raw, lineOf, problems) };
  });
  for (const warning of warnings) problems.push({ line: 1, column: 1, severity: 'warning', message: `${warning.replace(/^\[plugin-bibtex\]\s*/, '')}. Check the file's braces.` });
  // citation-js records on an item how it was parsed (`_graph`), with the
  // whole input as text: kept, every entry carried the whole file in memory.
  const entries = converted.items.map(({ _graph, ...item }, index) => {
    const key = String(item['citation-key'] ?? item.id);
    const raw = converted.raw[index]!;
    warnWebPageAsMisc(raw, item, lineOf, problems);
    const typed = withRelation(withOrganisationsLiteral(withReadableGenre({ ...item, id: key }, raw)), raw, lineOf, problems);
    return { key, item: dropLeftoverCommands(typed, lineOf, problems), line: lineOf(key) };
  });
  return { entries, problems };
}
