/**
 * RIS downloads: citation-js's RIS output ("mixed" specification, the tags
 * Zotero and EndNote read), written out line by line here because the
 * plugin wraps every value at 70 characters. RIS has no continuation lines:
 * a wrapped title came back with a space inside a word ("cl inical"), and
 * an importer that takes the spec at its word drops the rest of the line.
 * So each tag is one line, however long, and a value's own line breaks
 * become spaces. Lines end CR LF,
 * as the RIS specification, EndNote and Zotero write them.
 */
import { plugins, type CslItem } from '../citation-js.ts';
import { withNamedPeopleOnly } from './et-al.ts';

type Record = { [tag: string]: string | number | (string | number)[] };

const line = (tag: string, value: string | number) => `${tag}  - ${String(value).trim().replace(/\s*\r?\n\s*/g, ' ')}`;

function formatRecord(record: Record): string {
  const tags = Object.entries(record).filter(([tag]) => tag !== 'TY');
  return [line('TY', String(record['TY'])), ...tags.flatMap(([tag, value]) => [value].flat().map((one) => line(tag, one))), 'ER  - '].join('\r\n');
}

/**
 * What citation-js's RIS output leaves out. A web page's site is its T2
 * (Zotero's websiteTitle), which citation-js writes from collection-title;
 * a date written as text ("n.d.") goes in PY as it is.
 */
function beforeOutput(item: CslItem): CslItem {
  if (item.type !== 'webpage' || item['collection-title'] !== undefined || item['container-title'] === undefined) return item;
  return { ...item, 'collection-title': item['container-title'] };
}

function afterOutput(record: Record, item: CslItem): Record {
  const literal = item.issued?.['date-parts'] ? undefined : (item.issued?.literal ?? (item.issued as { raw?: string } | undefined)?.raw);
  return literal && record['PY'] === undefined ? { ...record, PY: literal } : record;
}

/** `items` as an RIS file. */
export function toRis(items: CslItem[]): string {
  const prepared = items.map(withNamedPeopleOnly);
  // The items are already CSL-JSON, so they go straight to the output plugin (no new Cite).
  const records = plugins.output.format('ris', prepared.map(beforeOutput), { format: 'object' }) as Record[];
  return records.map((record, index) => `${formatRecord(afterOutput(record, prepared[index]!))}\r\n\r\n`).join('');
}
