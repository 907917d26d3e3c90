/**
 * Pages of the built flagship, chosen by what a generator test needs rather
 * than by name: the knowledge base's pages are renamed, added and removed,
 * and a test of the generator should keep passing when they are. A choice is
 * the first page by address that has the shape the test needs; when no page
 * has it, the choice throws and says what it looked for, so the test fails
 * instead of checking nothing. Reads dist/ from `npm run build`.
 */
import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { htmlPages } from '../../src/links/check-links.ts';
import { distDir } from './built-site.ts';

/** The folders content pages are built into, one per kind of page. */
export type PageKind = 'guidance' | 'topics' | 'case-studies' | 'evidence' | 'glossary';

export interface BuiltPage {
  /** Its address in the site, "/guidance/x/". */
  path: string;
  html: string;
}

/** A kind's pages by address: not its index page, nor a redirect from an old address (a page of one line). */
export function pagesOf(kind: PageKind): BuiltPage[] {
  const own = new RegExp(`^/${kind}/[^/]+/$`);
  return [...htmlPages(distDir)]
    .filter(([path]) => own.test(path))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, file]) => ({ path, html: readFileSync(file, 'utf8') }))
    .filter((page) => !page.html.includes('http-equiv="refresh"'));
}

/** The first page of a kind that has what the test needs, described in `need` for the error when none has. */
export function pageWith(kind: PageKind, need: string, has: (html: string) => boolean = () => true): BuiltPage {
  const found = pagesOf(kind).find((page) => has(page.html));
  if (!found) throw new Error(`No ${kind} page in dist/ has ${need}, and the test needs one.`);
  return found;
}

/** Markup as the reader reads it: tags dropped, the entities the build writes decoded, spaces collapsed. */
export const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** The page's title, as its h1 shows it. */
export const titleOf = (html: string) => textOf(/<h1[^>]*>(.*?)<\/h1>/s.exec(html)![1]!);

/** The page's own text, as markup: its article, without the site's header, navigation and footer. */
export const articleOf = (html: string) => html.slice(html.indexOf('<article'), html.indexOf('</article>'));

/** Whether the page's text links to another guidance page (printed with its address). */
export const linksToGuidance = (html: string) => /<a href="\/guidance\/[^"]+\/"/.test(articleOf(html));

/** Whether the page's reference list holds a work with a DOI. */
export const referencesDoi = (html: string) => html.slice(html.indexOf('id="page-references"')).includes('href="https://doi.org/');

/** How many citations the page's text has. */
export const citationCount = (html: string) => html.match(/class="cite__link"/g)?.length ?? 0;

/** The ids of the page's h2 sections, in order. */
export const sectionIds = (html: string) => [...html.matchAll(/<h2 id="([^"]+)"/g)].map((match) => match[1]!);

/** The page's sections that carry a "Link to this section" anchor, with their headings as text. */
export const anchoredSections = (html: string) =>
  [...html.matchAll(/<h2 id="([^"]+)">(.*?)<\/h2><a class="heading-anchor" href="#\1"/gs)].map((match) => ({ id: match[1]!, heading: textOf(match[2]!) }));

/** The last part of a page's address: "power" for "/guidance/power/". */
export const slugOf = (path: string) => path.split('/').at(-2)!;

/** The page's elements that pass a test, in document order: for a choice by structure, where a pattern over the markup could run past an element's end. */
export function elementsWhere(root: string | Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(typeof root === 'string' ? fromHtml(root) : root, 'element', (element: Element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

export const hasClass = (name: string) => (element: Element) => [element.properties['className']].flat().includes(name);
