/**
 * The build's one bibliography and formatter, created on first use and then
 * shared by every page, the check and the /references/ page.
 */
import { resolve } from 'node:path';
import { siteConfig } from '../site.config.ts';
import { loadBibliography } from './bibliography.ts';
import { CitationFormatter } from './format.ts';
import type { CitationContext } from './remark-citations.ts';

// Relative to the project root (where npm runs Astro), not to this module:
// Astro bundles pages into dist/.prerender/, where import.meta.url points elsewhere.
export const bibliographyDir = resolve('content/bibliography');

let context: CitationContext | undefined;

export function citationContext(): CitationContext {
  if (!context) {
    const bibliography = loadBibliography(bibliographyDir);
    context = { bibliography, formatter: new CitationFormatter(bibliography, siteConfig.citationStyle) };
  }
  return context;
}
