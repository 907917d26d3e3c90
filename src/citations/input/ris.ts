/**
 * RIS files (EndNote, Zotero and Mendeley exports), read by citation-js's
 * RIS plugin record by record, so one record it cannot read is reported at
 * its line and the rest still load. What the exporters write differently
 * from the RIS specification is mended on the way (ris-exports.ts). RIS has
 * no citation keys: the loader gives each work one in the site's scheme
 * (keys.ts).
 */
import { plugins, type CslItem } from '../citation-js.ts';
import type { SourceProblem } from './problems.ts';
import { completeItem, keywordsOnTheirOwnLines, normaliseRecord, type RawRecord } from './ris-exports.ts';

export interface ParsedRecord {
  item: CslItem;
  line: number;
}

const toCsl = (record: RawRecord) => plugins.input.data(record, '@ris/record') as CslItem;

/** The 1-based line of `tag` in the record that starts at `start` (the record's line if it is not there). */
function tagLine(lines: string[], start: number, tag: string): number {
  for (let index = start - 1; index < lines.length; index += 1) {
    if (index > start - 1 && /^(?:TY|ER) {2}-/.test(lines[index]!)) break;
    if (lines[index]!.startsWith(`${tag}  -`)) return index + 1;
  }
  return start;
}

/**
 * One record as CSL. A type that citation-js does not know leaves every
 * field unread, so such a record is read as the generic type (GEN) instead,
 * with a warning: usable, but worth a look.
 */
function convert(record: RawRecord, warn: (tag: string, message: string) => void): CslItem {
  const { id: _, ...item } = toCsl(record);
  if (item.type !== undefined) return { id: '', ...item };
  warn('TY', `the RIS type "${String(record['TY'])}" is not one the site knows, so the record is read as a generic work (GEN). Use a standard RIS type, e.g. JOUR, BOOK, CHAP, RPRT or ELEC.`);
  const { id: __, ...generic } = toCsl({ ...record, TY: 'GEN' });
  return { id: '', ...generic };
}

export function parseRis(text: string): { records: ParsedRecord[]; problems: SourceProblem[] } {
  const problems: SourceProblem[] = [];
  const starts = [...text.matchAll(/^TY {2}- /gm)].map((match) => text.slice(0, match.index).split('\n').length);
  if (starts.length === 0) {
    return { records: [], problems: [{ line: 1, column: 1, severity: 'error', message: 'This .ris file has no records (each starts with a "TY  - " line). Export the references again as RIS.' }] };
  }
  let raw: RawRecord[];
  try {
    raw = plugins.input.data(keywordsOnTheirOwnLines(text), '@ris/file') as RawRecord[];
  } catch (error) {
    return { records: [], problems: [{ line: 1, column: 1, severity: 'error', message: `This file could not be read as RIS (${(error as Error).message.split('\n')[0]}). Export the references again as RIS.` }] };
  }
  const lines = text.split('\n');
  const records: ParsedRecord[] = [];
  raw.forEach((found, index) => {
    const line = starts[index] ?? 1;
    const warn = (tag: string, message: string) => problems.push({ line: tagLine(lines, line, tag), column: 1, severity: 'warning', message: `Record ${index + 1}: ${message}` });
    try {
      const { record, problems: mended } = normaliseRecord(found);
      for (const problem of mended) warn(problem.tag, problem.message);
      records.push({ item: completeItem(record, convert(record, warn)), line });
    } catch (error) {
      problems.push({ line, column: 1, severity: 'error', message: `This RIS record could not be read (${(error as Error).message.split('\n')[0]}). Check its TY line and that every line reads "XX  - value".` });
    }
  });
  return { records, problems };
}
