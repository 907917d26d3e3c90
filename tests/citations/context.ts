/** The citation context the build makes (src/citations/context.ts), for a fixture bibliography and a built-in style. */
import { fileURLToPath } from 'node:url';
import { loadBibliography, type Bibliography } from '../../src/citations/bibliography.ts';
import type { CitationContext } from '../../src/citations/citations-plugin.ts';
import { CitationFormatter } from '../../src/citations/format.ts';
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
