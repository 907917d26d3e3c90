/**
 * The build's one bibliography and formatter, created on first use and then
 * shared by every page, the check and the /references/ page.
 */
import { resolve } from 'node:path';
import { siteConfig } from '../site.config.ts';
import { loadBibliography } from './bibliography.ts';
import { CitationFormatter } from './format.ts';
import type { CitationContext } from './citations-plugin.ts';

// Relative to the project root (where npm runs Astro), not to this module:
// Astro bundles pages into dist/.prerender/, where import.meta.url points elsewhere.
export const bibliographyDir = resolve('content/bibliography');

// Astro evaluates this module twice in a build: for the config (the citation
// check, Markdown rendering) and bundled into the pages. Kept on globalThis,
// the context is built once for both: a citeproc engine over hundreds of works
// takes seconds to start.
const key = Symbol.for('coproduction-kb.citation-context');
type Store = typeof globalThis & { [key]?: CitationContext };

export function citationContext(): CitationContext {
  const store = globalThis as Store;
  if (!store[key]) {
    const bibliography = loadBibliography(bibliographyDir);
    store[key] = { bibliography, formatter: new CitationFormatter(bibliography, siteConfig.citationStyle) };
  }
  return store[key];
}
