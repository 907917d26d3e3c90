/**
 * Loads every bibliography in content/bibliography/ into one keyed map:
 * BibTeX and BibLaTeX (`.bib`), RIS (`.ris`) and CSL-JSON (`.json`), as
 * reference managers export them. Problems are collected, not thrown one at
 * a time: each names its file and line, an entry that cannot be used is left
 * out and reported as an error, and one that is usable but questionable is a
 * warning, so a maintainer sees every problem of every file in one build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './check.ts';
import type { CslItem } from './citation-js.ts';
import { parseBibtex } from './input/bibtex.ts';
import { parseCslJson } from './input/csl-json.ts';
import { checkEntry } from './input/entry-checks.ts';
import { schemeKey } from './input/keys.ts';
import type { SourceProblem } from './input/problems.ts';
import { parseRis } from './input/ris.ts';
import { citedIn } from './related.ts';
import { keyPattern } from './parse.ts';

export interface Bibliography {
  /** Items by citation key, in file order. */
  items: Map<string, CslItem>;
  /** The file (relative to the project) each key came from. */
  fileOf: Map<string, string>;
  /** The line of the file where each key's entry starts. */
  lineOf?: Map<string, number>;
  /** Keys whose entries are in a file but could not be used (each reported as an error). */
  rejected?: Set<string>;
}

export interface BibliographyReport {
  bibliography: Bibliography;
  errors: Problem[];
  warnings: Problem[];
  /** Keys the site gave to works whose file had none to cite them by (RIS records, database ids). */
  givenKeys: Problem[];
}

export class BibliographyError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The bibliography has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'BibliographyError';
    this.problems = problems;
  }
}

export const bibliographyFile = /\.(bib|ris|json)$/;

/** /references/<key>.bib is each entry's download; "references" is the whole bibliography's. */
const reservedKeys = new Set(['references']);

/** A work as its file gave it: `key` is undefined where the file has no key a maintainer could cite. */
interface FileEntry {
  key?: string;
  /** What the file called it, for messages ("record 3", a database id). */
  label: string;
  item: CslItem;
  line: number;
}

/**
 * A key a maintainer can type: one pandoc's syntax cites without braces
 * (@makey2022), and not a database address such as Zotero's CSL-JSON ids
 * (http://zotero.org/users/…/items/…), which pandoc could cite but nobody
 * should have to write.
 */
function citable(id: string): boolean {
  const match = keyPattern.exec(id);
  return match?.[0] === id && match[2] !== undefined && !id.includes('://');
}

function readFile(path: string): { entries: FileEntry[]; problems: SourceProblem[] } {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.ris')) {
    const { records, problems } = parseRis(text);
    return { entries: records.map(({ item, line }, index) => ({ label: `record ${index + 1}`, item, line })), problems };
  }
  if (path.endsWith('.json')) {
    const { items, problems } = parseCslJson(text);
    return { entries: items.map(({ item, line }) => ({ ...(citable(item.id) ? { key: item.id } : {}), label: `item "${item.id}"`, item, line })), problems };
  }
  const { entries, problems } = parseBibtex(text);
  return { entries: entries.map(({ key, item, line }) => ({ key, label: `"${key}"`, item, line })), problems };
}

/** Where `field` is written in the entry that starts at 1-based `entryLine` (the entry's own line if not found). */
function fieldPosition(lines: string[], entryLine: number, field: string): { line: number; column: number } {
  const pattern = new RegExp(`^\\s*"?${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?\\s*[=:]`, 'i');
  for (let index = entryLine - 1; index < lines.length; index += 1) {
    if (index > entryLine - 1 && /^\s*@\w+\s*[{(]|^TY {2}- /.test(lines[index]!)) break;
    if (pattern.test(lines[index]!)) return { line: index + 1, column: lines[index]!.search(/\S/) + 1 };
  }
  return { line: entryLine, column: 1 };
}

const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1);

/** Reads and checks every bibliography file in `dir`; never throws for what is in the files. */
export function readBibliography(dir: string, displayDir = 'content/bibliography'): BibliographyReport {
  const bibliography: Bibliography = { items: new Map(), fileOf: new Map(), lineOf: new Map(), rejected: new Set() };
  const report: BibliographyReport = { bibliography, errors: [], warnings: [], givenKeys: [] };
  if (!existsSync(dir)) {
    report.errors.push({ path: `${displayDir}/`, line: 1, column: 1, message: 'The bibliography folder does not exist. Create it and add a .bib, .ris or CSL-JSON .json file of the works you cite.' });
    return report;
  }
  const files = readdirSync(dir).filter((name) => bibliographyFile.test(name)).sort();
  const read = files.map((name) => ({ path: `${displayDir}/${name}`, lines: readFileSync(join(dir, name), 'utf8').split('\n'), ...readFile(join(dir, name)) }));

  const place = (path: string, lines: string[], entryLine: number, problem: Omit<SourceProblem, 'line' | 'column'> & Partial<Pick<SourceProblem, 'line' | 'column'>>) => {
    const at = problem.field ? fieldPosition(lines, entryLine, problem.field) : { line: problem.line ?? entryLine, column: problem.column ?? 1 };
    (problem.severity === 'error' ? report.errors : report.warnings).push({ path, ...at, message: problem.message });
  };

  // Keys the files give come first, so a key the site makes up never takes one a file uses.
  const taken = new Set(read.flatMap(({ entries }) => entries.flatMap((entry) => (entry.key ? [entry.key] : []))));
  for (const { path, lines, entries, problems } of read) {
    for (const problem of problems) place(path, lines, problem.line, problem);
    for (const entry of entries) {
      const key = entry.key ?? schemeKey(entry.item, taken);
      taken.add(key);
      const at = { path, line: entry.line, column: 1 };
      const earlier = bibliography.fileOf.get(key);
      if (earlier) {
        report.errors.push({ ...at, message: `Entry "${key}" is already defined in ${earlier}. Keep one of them, or give this one a different key.` });
        continue;
      }
      if (reservedKeys.has(key)) {
        report.errors.push({ ...at, message: `The key "${key}" is taken by the site: its download would have the same address as the whole bibliography's (/references/${key}.bib). Choose another key.` });
        continue;
      }
      const checked = checkEntry(key, entry.item, entry.key ? `Entry "${key}"` : capitalise(entry.label));
      for (const problem of checked.problems) place(path, lines, entry.line, problem);
      if (!checked.item) {
        bibliography.rejected!.add(key);
        continue;
      }
      if (!entry.key) report.givenKeys.push({ path, line: entry.line, column: 1, message: `Cite ${entry.label} (${checked.item.title}) as @${key}: its file gives it no citation key.` });
      bibliography.items.set(key, checked.item);
      bibliography.fileOf.set(key, path);
      bibliography.lineOf!.set(key, entry.line);
    }
  }
  // A work cited through another needs that other work: its citations name it.
  for (const [key, item] of bibliography.items) {
    const through = citedIn(item);
    if (!through || bibliography.items.has(through)) continue;
    const [path, line] = [bibliography.fileOf.get(key)!, bibliography.lineOf!.get(key) ?? 1];
    report.errors.push({ path, line, column: 1, message: `Entry "${key}" is cited through "${through}" (related), which is not in the bibliography. Add that work, or correct the key in related.` });
  }
  return report;
}

/** Reads and checks every bibliography file in `dir`; throws BibliographyError listing every error. */
export function loadBibliography(dir: string, displayDir = 'content/bibliography'): Bibliography {
  const { bibliography, errors } = readBibliography(dir, displayDir);
  if (errors.length > 0) throw new BibliographyError(errors.map(({ path, line, column, message }) => `${path}:${line}:${column}: ${message}`));
  return bibliography;
}

/** The text of each bibliography file, by the path used in `fileOf`. */
export function bibliographyTexts(bibliography: Bibliography, root: string): Map<string, string> {
  return new Map([...new Set(bibliography.fileOf.values())].map((path) => [path, readFileSync(join(root, path), 'utf8')]));
}
