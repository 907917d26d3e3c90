/**
 * Loads every bibliography in content/bibliography/ (BibTeX `.bib` and
 * CSL-JSON `.json`) into one keyed map. Problems are collected, not thrown
 * one at a time, so a maintainer sees every bad entry in one build.
 */
import { readdirSync, readFileSync } from 'node:fs';
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
    const message = (error as Error).message.replace(/\n\s*/g, ' ');
    problems.push(`${label}: could not be read: ${message}. Check the entry's braces and required fields (see README, "Citing sources").`);
    return [];
  }
}

/** Reads and checks every bibliography file in `dir`; throws BibliographyError listing all problems. */
export function loadBibliography(dir: string, displayDir = 'content/bibliography'): Bibliography {
  const items = new Map<string, CslItem>();
  const fileOf = new Map<string, string>();
  const problems: string[] = [];
  const files = readdirSync(dir).filter((name) => bibliographyFile.test(name)).sort();

  for (const name of files) {
    const label = `${displayDir}/${name}`;
    for (const item of parseFile(join(dir, name), label, problems)) {
      const key = String(item['citation-key'] ?? item.id);
      const earlier = fileOf.get(key);
      if (earlier) {
        problems.push(`${label}: entry "${key}" is already defined in ${earlier}. Keep one of them, or give this one a different key.`);
        continue;
      }
      if (!item.title?.trim()) {
        problems.push(`${label}: entry "${key}" has no title. Add a title field.`);
        continue;
      }
      items.set(key, { ...item, id: key });
      fileOf.set(key, label);
    }
  }
  if (problems.length > 0) throw new BibliographyError(problems);
  return { items, fileOf };
}
