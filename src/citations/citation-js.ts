/**
 * citation-js with the plugins this project uses, configured once.
 *
 * BibTeX is read in citation-js's default, non-strict mode, as BibTeX and
 * biber read it: strict mode refuses what reference managers really write
 * (`journal` where BibLaTeX says `journaltitle`, `@misc`, `@manual`). What
 * makes an entry unusable is checked by the loader (src/citations/input/).
 *
 * English titles are turned into sentence case, keeping {braced} words, as
 * pandoc does with BibTeX: citeproc stores titles in sentence case and
 * styles that want title case convert them back (pandoc's manual,
 * "Capitalization in titles").
 */
import { Cite, logger, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';

plugins.config.get('@bibtex').parse.sentenceCase = 'english';

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

/** One name of a CSL-JSON name list: a person's parts, or an organisation's literal name. */
export type CslName = NonNullable<CslItem['author']>[number];

/**
 * Runs `read` and returns what it returned with every warning citation-js
 * logged meanwhile. Its logger is silent by default and prints to the
 * console when enabled; capturing it lets a warning name the file.
 */
export function withLoggedWarnings<T>(read: () => T): { result: T; warnings: string[] } {
  const warnings: string[] = [];
  const previous = { level: logger.level, console: logger._console };
  logger.level = 'warn';
  logger._console = { log: (scope: string, ...message: unknown[]) => warnings.push(`${scope} ${message.join(' ')}`.trim()) };
  try {
    return { result: read(), warnings };
  } finally {
    logger.level = previous.level;
    logger._console = previous.console;
  }
}

/** BibLaTeX's "and others" (et al.) arrives as an author named "others". */
export const isOthers = (name: { family?: string; literal?: string }) => name.family === 'others' || name.literal === 'others';

export { Cite, plugins };
