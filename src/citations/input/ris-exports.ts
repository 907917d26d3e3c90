/**
 * RIS as EndNote and Zotero really write it, made into what citation-js's
 * RIS plugin reads. The plugin follows the RIS specification; the reference
 * managers do not, in ways Zotero's own RIS import (zotero/translators
 * RIS.js) has long allowed for. Each difference is mended here, on the raw
 * records between `@ris/file` and `@ris/record` (or on the text, where
 * `@ris/file` loses something), and each mending says which export needs it.
 */
import type { CslItem } from '../citation-js.ts';

/** A record as `@ris/file` gives it: each tag's value, or its values where the tag repeats. */
export type RawRecord = Record<string, string | string[]>;

/** A problem with one tag of a record; the caller knows the record's lines. */
export interface RecordProblem {
  tag: string;
  message: string;
}

/** A tagged line, as citation-js's RIS plugin recognises one. */
const taggedLine = /^[A-Z][A-Z0-9] {2}-(?: |$)/;

/**
 * EndNote writes all of a work's keywords under one KW tag, one keyword a
 * line. `@ris/file` joins untagged lines to the tag before them with a space
 * (right for a wrapped abstract), which made the keywords one; so each of
 * these lines gets its own KW tag first. Lines stay where they were.
 */
export function keywordsOnTheirOwnLines(text: string): string {
  let tag: string | undefined;
  return text
    .split('\n')
    .map((line) => {
      const trimmed = line.trim();
      if (taggedLine.test(trimmed)) tag = trimmed.slice(0, 2);
      else if (tag === 'KW' && trimmed) return `KW  - ${line.trimStart()}`;
      return line;
    })
    .join('\n');
}

const values = (value: string | string[] | undefined) => (value === undefined ? [] : [value].flat());
const first = (record: RawRecord, tag: string) => values(record[tag])[0];

/** Tags that hold names (authors; secondary, tertiary and subsidiary authors; editors; translated authors). */
const nameTags = ['AU', 'A1', 'A2', 'A3', 'A4', 'ED', 'TA'];

/**
 * EndNote's "Web Page" type is written WEB, which is not in the RIS
 * specification: citation-js knows the type but reads no field of it, so a
 * web page lost its author and title. It is the specification's ELEC.
 */
const typeAliases: Record<string, string> = { WEB: 'ELEC' };

const year = /\b\d{4}\b/;
// An English month's name or its abbreviation, as EndNote's date field takes them.
const month = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?`;
const monthDay = new RegExp(String.raw`^(${month})\s+(\d{1,2})(?:st|nd|rd|th)?$`, 'i');
const dayMonth = new RegExp(String.raw`^(\d{1,2})\s+(${month})$`, 'i');
const monthOnly = new RegExp(String.raw`^(${month})$`, 'i');

/**
 * EndNote keeps the year in its own field and asks for only the month and
 * day in the date field ("Jul 12"), which citation-js read as the year 12.
 * Such a date is completed with the record's year, in a form citation-js's
 * date parser reads ("12 Jul 2022"). Undefined when the date has no year and
 * is not a month and day, or there is no year to complete it with.
 */
function withYear(date: string, yearValue: string | undefined): string | undefined {
  const trimmed = date.trim();
  if (year.test(trimmed)) return trimmed;
  const known = yearValue && year.exec(yearValue)?.[0];
  if (!known) return undefined;
  const [, monthName, day] = monthDay.exec(trimmed) ?? [];
  if (monthName) return `${day} ${monthName.replace('.', '')} ${known}`;
  const [, dayFirst, monthSecond] = dayMonth.exec(trimmed) ?? [];
  if (monthSecond) return `${dayFirst} ${monthSecond.replace('.', '')} ${known}`;
  const [, alone] = monthOnly.exec(trimmed) ?? [];
  return alone ? `${alone.replace('.', '')} ${known}` : undefined;
}

/** The record as citation-js's RIS plugin should read it, and what could not be mended. */
export function normaliseRecord(raw: RawRecord): { record: RawRecord; problems: RecordProblem[] } {
  const record: RawRecord = { ...raw };
  const problems: RecordProblem[] = [];
  const type = first(record, 'TY') ?? '';
  if (type in typeAliases) record['TY'] = typeAliases[type]!;

  // EndNote marks a corporate author with a trailing comma ("National
  // Institute for Health Research,") so that it is not split into surname
  // and given names, as Zotero's import reads it. Without the comma,
  // citation-js reads a name of several words with no comma as one literal
  // name, which is what it is.
  for (const tag of nameTags) {
    if (record[tag] === undefined) continue;
    record[tag] = values(record[tag]).map((name) => name.replace(/\s*,\s*$/, ''));
  }

  // Zotero writes a presentation as SLIDE with its presenter in A2 and no
  // AU (its RIS export's field map); citation-js reads A2 of a SLIDE as a
  // performer, and the slides had no author.
  if (record['TY'] === 'SLIDE' && record['AU'] === undefined && record['A1'] === undefined && record['A2'] !== undefined) {
    record['AU'] = record['A2'];
    delete record['A2'];
  }

  const date = first(record, 'DA');
  if (date !== undefined) {
    const yearValue = first(record, 'PY') ?? first(record, 'Y1');
    const completed = withYear(date, yearValue);
    if (completed) record['DA'] = completed;
    else {
      delete record['DA'];
      const fallback = yearValue === undefined ? 'the work has no date' : 'only the year (PY) is used';
      problems.push({ tag: 'DA', message: `the date "${date.trim()}" could not be read with a year, so ${fallback}. Write it with its year, e.g. 2022/07/12.` });
    }
  }

  if (record['TY'] === 'ELEC') {
    // citation-js reads a web page's access date where EndNote writes it:
    // M1, the month and day, with the year in VL. Zotero writes it in Y2.
    const accessed = first(record, 'M1') ?? first(record, 'Y2');
    const completed = accessed && withYear(accessed, first(record, 'VL'));
    if (completed) record['M1'] = completed;
    delete record['Y2'];
  }

  // Older EndNote exports put the DOI in M3, the "type of work" that
  // citation-js reads as a genre; Zotero's import reads a DOI there as one.
  const typeOfWork = first(record, 'M3');
  if (typeOfWork !== undefined && record['DO'] === undefined && /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)?10\.\d{4,9}\//i.test(typeOfWork.trim())) {
    record['DO'] = typeOfWork;
    delete record['M3'];
  }
  return { record, problems };
}

/**
 * Fields citation-js maps away from where CSL (and Zotero's own CSL export)
 * puts them, mended after conversion by the record's type: `record` is the
 * normalised record, `item` what `@ris/record` made of it.
 */
export function completeItem(record: RawRecord, item: CslItem): CslItem {
  const completed: CslItem = { ...item };
  const type = first(record, 'TY');
  // A presentation is CSL's speech, as Zotero's CSL export has it; the RIS
  // plugin reads SLIDE as a film.
  if (type === 'SLIDE') completed.type = 'speech';
  // A web page's T2 is the website (Zotero's websiteTitle) and its M3 the
  // kind of page ("Blog post"); citation-js reads them as a series title and
  // a medium. CSL puts them in container-title and genre.
  if (type === 'ELEC') {
    for (const [from, to] of [['collection-title', 'container-title'], ['medium', 'genre']] as const) {
      if (completed[from] === undefined || completed[to] !== undefined) continue;
      completed[to] = completed[from];
      delete completed[from];
    }
  }
  return completed;
}
