/**
 * BibTeX and BibLaTeX as EndNote, Mendeley and Zotero really export them,
 * made into what citation-js reads right. Each mending works on the raw
 * entries (fields still LaTeX source) before citation-js converts them, and
 * says which export needs it; the LaTeX itself is always read by citation-js.
 */
import { plugins } from '../citation-js.ts';

export interface RawEntry {
  type: string;
  label: string;
  properties: Record<string, string | number>;
  annotations?: unknown;
}

const fieldTypes = (plugins.config.get('@bibtex') as unknown as { constants: { fieldTypes: Record<string, [string, string]> } }).constants.fieldTypes;

/** Fields that hold a list of names, as citation-js's own field table says. */
const nameFields = Object.keys(fieldTypes).filter((field) => fieldTypes[field]![0] === 'list' && fieldTypes[field]![1] === 'name');

/** The names of a name list: split at each "and" outside braces, as BibTeX splits them. */
function names(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (const match of value.matchAll(/[{}]|\s+and\s+/gi)) {
    if (match[0] === '{') depth += 1;
    else if (match[0] === '}') depth -= 1;
    else if (depth === 0) {
      parts.push(value.slice(start, match.index));
      start = match.index + match[0].length;
    }
  }
  return [...parts, value.slice(start)];
}

/**
 * EndNote writes a corporate author as it is entered there, with a trailing
 * comma ("National Institute for Health Research,"), and its BibTeX export
 * keeps the comma. To BibTeX that is a surname with empty given names, and
 * citation-js made "Health Research" the surname of "National Institute
 * for". A name ending in a comma is braced: one name, not to be split.
 */
function withCorporateNamesBraced(value: string): string {
  if (!/,\s*(?:$|\s+and\s+)/i.test(value)) return value;
  return names(value)
    .map((name) => {
      const trimmed = name.trim();
      return trimmed.endsWith(',') && !trimmed.startsWith('{') ? `{${trimmed.slice(0, -1).trim()}}` : trimmed;
    })
    .join(' and ');
}

/**
 * Mendeley, with its "Escape LaTeX special characters" option, escapes
 * URLs and DOIs too (Copro{\_}Guidance.pdf). citation-js reads those fields
 * verbatim, as BibLaTeX does, and the link pointed nowhere. A URL or DOI has
 * no backslash or brace of its own, so the escapes are undone.
 */
const escapedInAddress = /\{\\([_%#&$~])\}|\\([_%#&$~])(?:\{\})?|\$\\sim\$/g;
const addressFields = ['url', 'doi'];

/**
 * EndNote's BibTeX export writes its own reference type into `type`
 * ("Journal Article", "Web Page"), which citation-js reads as the work's
 * genre, so a reference showed "[Journal Article]". BibTeX prints `type`
 * only for reports and theses (where "Report" stays, as BibTeX would print
 * it); elsewhere these names say nothing the entry type does not, except
 * where EndNote has no BibTeX type for the work and writes @misc: there the
 * name gives the BibLaTeX type.
 */
const endNoteTypes: Record<string, string> = {
  'Journal Article': 'article',
  'Electronic Article': 'article',
  'Magazine Article': 'article',
  'Newspaper Article': 'article',
  Book: 'book',
  'Edited Book': 'book',
  'Electronic Book': 'book',
  'Book Section': 'incollection',
  'Electronic Book Section': 'incollection',
  'Conference Paper': 'inproceedings',
  'Conference Proceedings': 'proceedings',
  Report: 'report',
  'Government Document': 'report',
  Thesis: 'thesis',
  'Web Page': 'online',
  Blog: 'online',
  'Online Database': 'online',
  'Online Multimedia': 'online',
  'Computer Program': 'software',
  Dataset: 'dataset',
  Manuscript: 'unpublished',
  'Unpublished Work': 'unpublished',
  Generic: 'misc',
};

const typePrinted = new Set(['techreport', 'report', 'phdthesis', 'mastersthesis', 'thesis']);

/** One entry, mended; its fields are copied, never changed in place. */
function normaliseEntry(entry: RawEntry): RawEntry {
  const properties = { ...entry.properties };
  let type = entry.type;
  for (const field of nameFields) {
    const value = properties[field];
    if (typeof value === 'string') properties[field] = withCorporateNamesBraced(value);
  }
  for (const field of addressFields) {
    const value = properties[field];
    if (typeof value === 'string') properties[field] = value.replace(escapedInAddress, (_, braced?: string, bare?: string) => braced ?? bare ?? '~');
  }

  const typeName = typeof properties['type'] === 'string' ? properties['type'].trim() : undefined;
  if (typeName !== undefined && typeName in endNoteTypes && !typePrinted.has(type)) {
    delete properties['type'];
    if (type === 'misc') type = endNoteTypes[typeName]!;
  }

  // Zotero's BibLaTeX export writes a web page's site in titleaddon (an
  // addition to the title, which citation-js drops); it is the container
  // the page is part of, as in Zotero's CSL export. `journal`, the field
  // Zotero's BibTeX export uses for it, is read by citation-js as the
  // container title of any type, as plain text rather than a title.
  const { titleaddon } = properties;
  if (type === 'online' && titleaddon !== undefined && !['journal', 'journaltitle', 'booktitle', 'maintitle'].some((field) => field in properties)) {
    delete properties['titleaddon'];
    properties['journal'] = titleaddon;
  }

  // Zotero's BibLaTeX export writes a presentation's kind ("Slides") both
  // as its type and in howpublished, which citation-js reads as the
  // publisher: a reference read "[Slides]. Slides."
  const { howpublished } = properties;
  if (typeof howpublished === 'string' && typeof properties['type'] === 'string' && howpublished.trim().toLowerCase() === properties['type'].trim().toLowerCase()) {
    delete properties['howpublished'];
  }
  // BibLaTeX names a work's language in langid (pandoc and biber read it);
  // citation-js decides whether to set a title in sentence case from the
  // language field alone, so a German title with langid = {german} had its
  // nouns lowercased ("Ärztinnen und ärzte").
  if (properties['langid'] !== undefined && properties['language'] === undefined) properties['language'] = properties['langid'];
  return { ...entry, type, properties };
}

/** Every entry, as citation-js should read it. */
export const normaliseEntries = (entries: RawEntry[]): RawEntry[] => entries.map(normaliseEntry);
