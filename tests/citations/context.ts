/** The citation context the build makes (src/citations/context.ts), for a fixture bibliography and a built-in style. */
import { fileURLToPath } from 'node:url';
import { loadBibliography, type Bibliography } from '../../src/citations/bibliography.ts';
import type { CitationContext } from '../../src/citations/citations-plugin.ts';
import { CitationFormatter, type FormatCitation } from '../../src/citations/format.ts';
import { findCitations } from '../../src/citations/parse.ts';
import { locatorMap } from '../../src/citations/locator.ts';
import { loadLocale, loadStyle, type StyleInfo } from '../../src/citations/styles.ts';

/** No content/styles/ folder: built-in styles and the bundled locales only. */
const noStyles = fileURLToPath(new URL('./no-styles/', import.meta.url));
export const locale = (tag: string) => {
  try {
    return loadLocale(tag, noStyles);
  } catch {
    return undefined;
  }
};
export const locators = locatorMap(loadLocale('en-GB', noStyles));
export const fixtureBibliography = () => loadBibliography(fileURLToPath(new URL('./fixtures/bibliography/', import.meta.url)));

export function citationContext(bibliography: Bibliography, style: 'apa' | 'harvard' | 'vancouver' | StyleInfo = 'apa'): CitationContext {
  const info = typeof style === 'string' ? loadStyle(style, noStyles) : style;
  return { bibliography, formatter: new CitationFormatter(bibliography, info, 'en-GB', locale), locators };
}

/** A page's citations as the formatter takes them, affixes as plain text (synthetic pages hold no markup in them). */
export const formatterCitations = (page: string): FormatCitation[] =>
  findCitations(page, { locators }).map((citation) => ({
    items: citation.items.map((item) => ({ key: item.key, mode: item.mode, prefix: item.prefix.lead + item.prefix.text, suffix: item.suffix.lead + item.suffix.text, ...(item.locator ? { locator: item.locator, label: item.label } : {}) })),
  }));
