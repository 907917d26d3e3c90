/**
 * CSL-JSON files (Zotero's "CSL JSON" export, pandoc's and citation-js's
 * native format): an array of items, or one item. Each item is read on its
 * own, so a malformed one is reported at its line and the rest still load.
 */
import { Cite, type CslItem } from '../citation-js.ts';
import type { SourceProblem } from './problems.ts';

export interface ParsedItem {
  item: CslItem;
  line: number;
}

/** V8 says where JSON broke as "… (line 3 column 5)" or "at position 42". */
function jsonErrorAt(text: string, message: string): { line: number; column: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return { line: 1, column: 1 };
  const before = text.slice(0, Number(position[1]));
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

/** The line of each item's "id", in order; a JSON parse keeps no positions. */
function idLines(text: string): number[] {
  return [...text.matchAll(/"id"\s*:/g)].map((match) => text.slice(0, match.index).split('\n').length);
}

export function parseCslJson(text: string): { items: ParsedItem[]; problems: SourceProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return { items: [], problems: [{ ...jsonErrorAt(text, message), severity: 'error', message: `This file is not valid JSON (${message.replace(/\s*\(line \d+ column \d+\)$/, '')}). Export it again as CSL JSON, or check for a missing comma or quote.` }] };
  }
  const list = Array.isArray(data) ? data : [data];
  const lines = idLines(text);
  const items: ParsedItem[] = [];
  const problems: SourceProblem[] = [];
  list.forEach((entry, index) => {
    const line = lines[index] ?? 1;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push({ line, column: 1, severity: 'error', message: `Item ${index + 1} is not a CSL-JSON object ({ "id": …, "type": …, "title": … }). Export the references again as CSL JSON.` });
      return;
    }
    const id = (entry as { id?: unknown }).id;
    if (typeof id !== 'string' && typeof id !== 'number') {
      problems.push({ line, column: 1, severity: 'error', message: `Item ${index + 1} has no "id". Give it one: the key you will cite it by, e.g. "makey2022".` });
      return;
    }
    try {
      // citation-js normalises what reference managers write loosely (names, dates as strings).
      const [item] = new Cite(entry).data as (CslItem & { _graph?: unknown })[];
      const { _graph, ...fields } = item!;
      items.push({ item: { ...fields, id: String(id) }, line });
    } catch (error) {
      problems.push({ line, column: 1, severity: 'error', message: `Item "${id}" could not be read (${(error as Error).message.split('\n')[0]}). Check it against the CSL-JSON schema.` });
    }
  });
  return { items, problems };
}
