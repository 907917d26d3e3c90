/**
 * The CSL style and locale a site formats citations with, and what the
 * formatter needs to know about the style. `citationStyle` is one of
 * citation-js's built-in styles by name, or any CSL file a maintainer puts in
 * content/styles/ (as Quarto takes any CSL file); locales come from
 * content/styles/ too, then the bundled en-GB, then citation-js's en-US.
 */
import CSL from 'citeproc';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plugins } from './citation-js.ts';
import { generatorSourcePath } from '../config/site-paths.ts';

/** Built-in styles by the name site settings use, and citation-js's template for each. */
export const builtInStyles = { apa: 'apa', harvard: 'harvard1', vancouver: 'vancouver' } as const;
export type BuiltInStyle = keyof typeof builtInStyles;

/** A style named in site settings: a built-in name, or a .csl file in content/styles/. */
export type CitationStyle = BuiltInStyle | `${string}.csl`;


export class StyleError extends Error {}

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: (XmlNode | string)[];
}

const elements = (node: XmlNode, name: string): XmlNode[] =>
  node.children.flatMap((child) => (typeof child === 'string' ? [] : [...(child.name === name ? [child] : []), ...elements(child, name)]));

export interface StyleInfo {
  xml: string;
  /** What a maintainer calls it: "apa" or "content/styles/nature.csl". */
  name: string;
  /** Numbered citations ("[1]"), numbered by first citation on each page. */
  numeric: boolean;
  /**
   * A citation's text depends on what came before it on the page (ibid,
   * subsequent, first) or tests for ambiguity itself: such a page is formatted
   * in one citeproc pass, in order, with nothing shared between pages.
   */
  contextual: boolean;
  /**
   * How the style tells authors who share a surname apart (CSL's
   * givenname-disambiguation-rule, where add-givenname is on): "primary" for
   * the first author of every cite, "all" for every name, "by-cite" for
   * ambiguous cites only, undefined when it never adds given names.
   */
  givenNames?: 'primary' | 'all' | 'by-cite';
  /** How many names a cite shows before "et al." (CSL's et-al-min and et-al-use-first on <citation>), if the style says. */
  etAl?: { min: number; useFirst: number };
  /** Whether the style groups an author's cites in a citation (CSL's collapse or cite-group-delimiter). */
  groupsCites: boolean;
  /** Between an author's grouped cites (CSL's cite-group-delimiter, ", " by default), and after the group (after-collapse-delimiter), if set. */
  groupDelimiters: { within: string; after?: string };
  /** The citation layout's own affixes and delimiter, e.g. "(", ")" and "; ". */
  layout: { prefix: string; suffix: string; delimiter: string };
  /**
   * A reference depends on the one before it in the list: CSL's
   * subsequent-author-substitute ("———" for the author just named), so each
   * page's list is made for that page, not put together from shared entries.
   */
  substitutesAuthors: boolean;
  /**
   * Variables a cite shows only where a citation has a locator (Chicago's
   * "vol. 2, chap. 8"): those read in a <choose> that tests the locator, as
   * far as the citation's macros lead. What a locator adds to a cite
   * depends on their values as well as on the work's type.
   */
  locatorVariables: string[];
  /** The style's default locale, if it names one. */
  defaultLocale?: string;
}

/** The elements under `node`, with each macro it calls in place of the call (once, however often it is called). */
function expanded(node: XmlNode, macros: Map<string, XmlNode>, seen = new Set<string>()): XmlNode[] {
  const called = node.attrs['macro'];
  const macro = called !== undefined && !seen.has(called) ? macros.get(called) : undefined;
  if (macro) seen.add(called!);
  return [node, ...[...node.children, ...(macro ? [macro] : [])].flatMap((child) => (typeof child === 'string' ? [] : expanded(child, macros, seen)))];
}

const readVariables = (node: XmlNode) => ['variable', 'is-numeric', 'is-uncertain-date'].flatMap((attribute) => node.attrs[attribute]?.split(/\s+/).filter(Boolean) ?? []);

/** StyleInfo.locatorVariables: what is read in each <choose> of the citation that tests the locator. */
function locatorVariables(root: XmlNode, citation: XmlNode): string[] {
  const macros = new Map(elements(root, 'macro').map((macro) => [macro.attrs['name']!, macro]));
  const testsLocator = (branch: XmlNode | string) => typeof branch !== 'string' && (branch.attrs['locator'] !== undefined || readVariables(branch).includes('locator'));
  const chooses = expanded(citation, macros).filter((node) => node.name === 'choose' && node.children.some(testsLocator));
  return [...new Set(chooses.flatMap((choose) => expanded(choose, macros).flatMap(readVariables)))].filter((variable) => variable !== 'locator').sort();
}

/** What the formatter needs to know about a style, read with citeproc's own XML reader. */
export function describeStyle(xml: string, name: string): StyleInfo {
  let root: XmlNode;
  try {
    root = (CSL as unknown as { parseXml(xml: string): XmlNode }).parseXml(xml);
  } catch (error) {
    throw new StyleError(`${name}: is not a CSL style that can be read (${(error as Error).message}). Download the .csl file again from the Zotero Style Repository.`);
  }
  const citation = elements(root, 'citation')[0];
  const layout = citation && elements(citation, 'layout')[0];
  if (root.name !== 'style' || !citation || !layout) throw new StyleError(`${name}: is not a CSL style (it has no <citation> with a <layout>). Download the .csl file again from the Zotero Style Repository.`);
  if (root.attrs['class'] === 'note') throw new StyleError(`${name}: is a note style, which puts citations in footnotes; this site shows them in the text. Choose an author-date or numeric style (the Zotero Style Repository lists them by format).`);
  const inCitation = JSON.stringify(citation);
  const rule = citation.attrs['givenname-disambiguation-rule'] ?? 'by-cite';
  const givenNames = citation.attrs['disambiguate-add-givenname'] === 'true' ? (rule.startsWith('primary') ? 'primary' : rule.startsWith('all') ? 'all' : 'by-cite') : undefined;
  return {
    xml,
    name,
    numeric: inCitation.includes('"variable":"citation-number"'),
    contextual: /"position":|"disambiguate":"true"/.test(inCitation),
    layout: { prefix: layout.attrs['prefix'] ?? '', suffix: layout.attrs['suffix'] ?? '', delimiter: layout.attrs['delimiter'] ?? '' },
    ...(givenNames ? { givenNames } : {}),
    ...(citation.attrs['et-al-min'] && citation.attrs['et-al-use-first'] ? { etAl: { min: Number(citation.attrs['et-al-min']), useFirst: Number(citation.attrs['et-al-use-first']) } } : {}),
    groupsCites: citation.attrs['collapse'] !== undefined || citation.attrs['cite-group-delimiter'] !== undefined,
    groupDelimiters: { within: citation.attrs['cite-group-delimiter'] ?? ', ', ...(citation.attrs['after-collapse-delimiter'] !== undefined ? { after: citation.attrs['after-collapse-delimiter'] } : {}) },
    locatorVariables: locatorVariables(root, citation),
    substitutesAuthors: elements(root, 'bibliography').some((bibliography) => bibliography.attrs['subsequent-author-substitute'] !== undefined),
    ...(root.attrs['default-locale'] ? { defaultLocale: root.attrs['default-locale'] } : {}),
  };
}

/** The style's CSL: a built-in template, or a file in `stylesDir` (content/styles/). */
export function loadStyle(style: CitationStyle, stylesDir: string): StyleInfo {
  if (style in builtInStyles) return describeStyle(plugins.config.get('@csl').styles.get(builtInStyles[style as BuiltInStyle]), style);
  const path = join(stylesDir, style);
  const name = `content/styles/${style}`;
  if (!existsSync(path)) throw new StyleError(`${name}: the citation style named in astro.config.mjs (citationStyle) is not there. Put the .csl file in content/styles/, or use "apa", "harvard" or "vancouver".`);
  return describeStyle(readFileSync(path, 'utf8'), name);
}

/**
 * The locale's XML: content/styles/locales-<tag>.xml, the bundled en-GB, or
 * citation-js's (en-US). citeproc asks for a locale by tag and falls back
 * from "en-GB" to "en"; a tag no source has is an error, not a silent en-US.
 */
export function loadLocale(tag: string, stylesDir: string): string {
  const file = `locales-${tag}.xml`;
  for (const dir of [stylesDir, generatorSourcePath('citations/locales')]) if (existsSync(join(dir, file))) return readFileSync(join(dir, file), 'utf8');
  const builtIn = plugins.config.get('@csl').locales.get(tag);
  if (builtIn) return builtIn;
  throw new StyleError(`astro.config.mjs: no CSL locale for "${tag}" (locale). Download locales-${tag}.xml from https://github.com/citation-style-language/locales into content/styles/, or use "en-GB".`);
}
