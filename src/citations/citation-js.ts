/**
 * citation-js with the plugins this project uses, configured once. BibTeX is
 * parsed in strict mode so a malformed or incomplete entry is an error, not a
 * silently half-read reference.
 */
import { Cite, logger, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';

plugins.config.get('@bibtex').parse.strict = true;

/** A CSL-JSON item as citation-js produces it. */
export interface CslItem {
  id: string;
  type?: string;
  title?: string;
  author?: { family?: string; given?: string; literal?: string }[];
  issued?: { 'date-parts'?: (number | string)[][]; literal?: string };
  DOI?: string;
  URL?: string;
  [field: string]: unknown;
}

/**
 * Parses bibliographic text (BibTeX or CSL-JSON) and returns its items with
 * every warning citation-js logged. Its logger is silent by default and
 * prints to the console when enabled; capturing it lets warnings name the file.
 */
export function parseWithWarnings(text: string): { items: CslItem[]; warnings: string[] } {
  const warnings: string[] = [];
  const previous = { level: logger.level, console: logger._console };
  logger.level = 'warn';
  logger._console = { log: (scope: string, ...message: unknown[]) => warnings.push(`${scope} ${message.join(' ')}`.trim()) };
  try {
    // citation-js records on every item how it was parsed (`_graph`), with the
    // whole input file as text: left in, references.json held the bibliography
    // once per entry (100 MB for 400 works) and every entry carried it in memory.
    const items = (new Cite(text).data as (CslItem & { _graph?: unknown })[]).map(({ _graph, ...item }) => item);
    return { items, warnings };
  } finally {
    logger.level = previous.level;
    logger._console = previous.console;
  }
}

/** BibLaTeX's "and others" (et al.) arrives as an author named "others". */
export const isOthers = (name: { family?: string; literal?: string }) => name.family === 'others' || name.literal === 'others';

/**
 * Formats items as BibTeX or RIS for download. BibTeX keeps "and others"
 * (BibLaTeX's et al.); RIS has no such marker, so it lists only the named authors.
 */
export function exportItems(items: CslItem[], format: 'bibtex' | 'ris'): string {
  const data = format === 'ris' ? items.map((item) => (item.author ? { ...item, author: item.author.filter((name) => !isOthers(name)) } : item)) : items;
  // The items are already CSL-JSON, so they go straight to the output plugin:
  // a new Cite would parse and normalise them again, which took half of every
  // download's time (a site writes two per page).
  return plugins.output.format(format, data, { format: 'text' }) as string;
}

export { plugins };
