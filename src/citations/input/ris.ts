/**
 * RIS files (EndNote, Zotero and Mendeley exports), read by citation-js's
 * RIS plugin record by record, so one record it cannot read is reported at
 * its line and the rest still load. RIS has no citation keys: the loader
 * gives each work one in the site's scheme (keys.ts).
 */
import { plugins, type CslItem } from '../citation-js.ts';
import type { SourceProblem } from './problems.ts';

export interface ParsedRecord {
  item: CslItem;
  line: number;
}

export function parseRis(text: string): { records: ParsedRecord[]; problems: SourceProblem[] } {
  const problems: SourceProblem[] = [];
  const starts = [...text.matchAll(/^TY {2}- /gm)].map((match) => text.slice(0, match.index).split('\n').length);
  if (starts.length === 0) {
    return { records: [], problems: [{ line: 1, column: 1, severity: 'error', message: 'This .ris file has no records (each starts with a "TY  - " line). Export the references again as RIS.' }] };
  }
  let raw: Record<string, unknown>[];
  try {
    raw = plugins.input.data(text, '@ris/file') as Record<string, unknown>[];
  } catch (error) {
    return { records: [], problems: [{ line: 1, column: 1, severity: 'error', message: `This file could not be read as RIS (${(error as Error).message.split('\n')[0]}). Export the references again as RIS.` }] };
  }
  const records: ParsedRecord[] = [];
  raw.forEach((record, index) => {
    const line = starts[index] ?? 1;
    try {
      const { id: _, ...fields } = plugins.input.data(record, '@ris/record') as CslItem;
      records.push({ item: { id: '', ...fields }, line });
    } catch (error) {
      problems.push({ line, column: 1, severity: 'error', message: `This RIS record could not be read (${(error as Error).message.split('\n')[0]}). Check its TY line and that every line reads "XX  - value".` });
    }
  });
  return { records, problems };
}
