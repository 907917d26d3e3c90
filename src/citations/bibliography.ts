/**
 * Loads every bibliography in content/bibliography/ (BibTeX `.bib` and
 * CSL-JSON `.json`) into one keyed map. Problems are collected, not thrown
 * one at a time, so a maintainer sees every bad entry in one build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWithWarnings, type CslItem } from './citation-js.ts';

export interface Bibliography {
  /** Items by citation key, in file order. */
  items: Map<string, CslItem>;
  /** The file (relative to the project) each key came from. */
  fileOf: Map<string, string>;
}

export class BibliographyError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The bibliography has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'BibliographyError';
    this.problems = problems;
  }
}

const bibliographyFile = /\.(bib|json)$/;

/** /references/<key>.bib is each entry's download; "references" is the whole bibliography's. */
const reservedKeys = new Set(['references']);

function parseFile(path: string, label: string, problems: string[]): CslItem[] {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.json')) {
    try {
      JSON.parse(text);
    } catch (error) {
      problems.push(`${label}: is not valid JSON (${(error as Error).message}). Export it again as CSL-JSON.`);
      return [];
    }
  }
  try {
    const { items, warnings } = parseWithWarnings(text);
    problems.push(...warnings.map((warning) => `${label}: ${warning}`));
    return items;
  } catch (error) {
    problems.push(describeParseError(text, label, (error as Error).message));
    return [];
  }
}

/**
 * citation-js reports syntax errors with a line number and a code frame, and
 * strict-mode failures as "Invalid entries: - key has ...". Both become one
 * line that names the file, the line and the entry.
 */
function describeParseError(text: string, label: string, message: string): string {
  const invalid = /^Invalid entries:\n([\s\S]*)$/.exec(message);
  if (invalid) {
    const entries = invalid[1]!.split('\n').map((line) => line.replace(/^\s*-\s*/, '')).join('; ');
    return `${label}: ${entries}. Add the missing fields to the entry.`;
  }
  const position = /^(.*?) at line (\d+) col \d+/.exec(message);
  if (!position) return `${label}: could not be read: ${message.split('\n')[0]}. Check the entry's braces and commas.`;
  const line = Number(position[2]);
  const lines = text.split('\n');
  let start = Math.min(line, lines.length) - 1;
  while (start > 0 && !/^\s*@\w+\s*[{(]/.test(lines[start]!)) start -= 1;
  const entry = /^\s*@\w+\s*[{(]\s*([^,\s]+)/.exec(lines[start] ?? '')?.[1];
  const where = entry ? `entry "${entry}" (from line ${start + 1})` : 'this file';
  return `${label}:${line}: could not read ${where}: ${position[1]}. Check that every { has a matching } and fields are separated by commas.`;
}

/** The text of each bibliography file, by the path used in `fileOf`, for messages that point at an entry's line. */
export function bibliographyTexts(bibliography: Bibliography, root: string): Map<string, string> {
  return new Map([...new Set(bibliography.fileOf.values())].map((path) => [path, readFileSync(join(root, path), 'utf8')]));
}

/** The 1-based line where each entry starts in a .bib or CSL-JSON file, by key; read in one pass. */
export function entryLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  text.split('\n').forEach((line, index) => {
    const key = /^\s*@\w+\s*[{(]\s*([^,\s]+)\s*,/.exec(line)?.[1] ?? /"id":\s*"([^"]+)"/.exec(line)?.[1];
    if (key && !lines.has(key)) lines.set(key, index + 1);
  });
  return lines;
}

/** Reads and checks every bibliography file in `dir`; throws BibliographyError listing all problems. */
export function loadBibliography(dir: string, displayDir = 'content/bibliography'): Bibliography {
  const { bibliography, problems } = readBibliography(dir, displayDir);
  if (problems.length > 0) throw new BibliographyError(problems);
  return bibliography;
}

/**
 * Every entry that could be read, and every problem, without throwing: the
 * content check reports bibliography problems beside every other problem in
 * content/ instead of stopping at them.
 */
export function readBibliography(dir: string, displayDir = 'content/bibliography'): { bibliography: Bibliography; problems: string[] } {
  const items = new Map<string, CslItem>();
  const fileOf = new Map<string, string>();
  const problems: string[] = [];
  if (!existsSync(dir)) return { bibliography: { items, fileOf }, problems: [`${displayDir}/ does not exist. Create it and add a .bib or CSL-JSON .json file of the works you cite.`] };
  const files = readdirSync(dir).filter((name) => bibliographyFile.test(name)).sort();

  for (const name of files) {
    const label = `${displayDir}/${name}`;
    const lines = entryLines(readFileSync(join(dir, name), 'utf8'));
    for (const item of parseFile(join(dir, name), label, problems)) {
      const key = String(item['citation-key'] ?? item.id);
      const line = lines.get(key);
      const at = line ? `${label}:${line}` : label;
      const earlier = fileOf.get(key);
      if (earlier) {
        problems.push(`${at}: entry "${key}" is already defined in ${earlier}. Keep one of them, or give this one a different key.`);
        continue;
      }
      if (reservedKeys.has(key)) {
        problems.push(`${at}: the key "${key}" is taken by the site: its download would have the same address as the whole bibliography's (/references/${key}.bib). Choose another key.`);
        continue;
      }
      const unreadable = (['author', 'editor'] as const).filter((role) => (item[role] as CslItem['author'])?.some((name) => !name.family && !name.given && !name.literal));
      if (unreadable.length > 0) {
        problems.push(`${at}: entry "${key}" has ${unreadable.join(' and ')} names that could not be read. Write each name as "Surname, Given names", separated by " and ", with no < > or other markup.`);
        continue;
      }
      if (!item.title?.trim()) {
        problems.push(`${at}: entry "${key}" has no title. Add a title field.`);
        continue;
      }
      items.set(key, { ...item, id: key });
      fileOf.set(key, label);
    }
  }
  return { bibliography: { items, fileOf }, problems };
}
