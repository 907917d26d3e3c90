/**
 * The site's citation style and locale, from site settings, read once per
 * build: the formatter's style, and the locale whose terms ("p.", "chap.")
 * the parser reads locators by.
 */
import { siteConfig } from '../config/site-config.ts';
import { locatorMap, type LocatorMap } from './locator.ts';
import { loadLocale, loadStyle, type StyleInfo } from './styles.ts';
import { contentPath } from '../config/site-paths.ts';

/** Where a site puts its own CSL styles and locales. */
export const stylesDir = () => contentPath('styles');

let style: StyleInfo | undefined;
let locators: LocatorMap | undefined;
const locales = new Map<string, string | undefined>();

export const siteStyle = (): StyleInfo => (style ??= loadStyle(siteConfig().citationStyle, stylesDir()));

/** A locale's XML by tag, for citeproc (which asks for "en-GB", then "en"); undefined where there is none. */
export function siteLocale(tag: string): string | undefined {
  if (!locales.has(tag)) {
    try {
      locales.set(tag, loadLocale(tag, stylesDir()));
    } catch {
      locales.set(tag, undefined);
    }
  }
  return locales.get(tag);
}

export const siteLocators = (): LocatorMap => (locators ??= locatorMap(loadLocale(siteConfig().locale, stylesDir())));
