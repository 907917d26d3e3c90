/**
 * The formatter shares cites between pages (format.ts): works tied to no
 * other work on a page are rendered once for all pages, and works tied by a
 * shared surname and year, or two people of one surname, once per context.
 * Here every page of a seeded corpus, in every citation form, is formatted
 * both ways, and both must read the same: the shared way, and one citeproc
 * pass per page, which is exact by construction.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBibliography, type Bibliography } from '../../src/citations/bibliography.ts';
import { loadStyle } from '../../src/citations/styles.ts';
import { syntheticBibliography, syntheticPages } from '../../scripts/bench/synthetic.ts';
import { citationContext, formatterCitations } from './context.ts';

const works = syntheticBibliography(120, 7);
const bibliography: Bibliography = { items: new Map(works.map((work) => [work.id, work])), fileOf: new Map() };
// Few works and many citations per page, so pages often cite works that share a surname and a year.
const pages = syntheticPages(120, [...bibliography.items.keys()], [8, 16], 8).map(formatterCitations);
const text = (html: string) => html.replace(/\uE001([^\uE002]*)\uE002/g, '[$1]').replace(/\uE003/g, '');

/**
 * Works of every type and kind of author, as reference managers export
 * them: the BibLaTeX example file and a Zotero export (the other managers'
 * fixtures export the same five works), loaded as the build loads them.
 */
const fixtures = new URL('./bibliography-fixtures/', import.meta.url);
const exported = ['the biblatex example file loads all but its two sets', 'a zotero bibtex export loads as pasted'];
const variedWorks = exported.flatMap((folder) => [...readBibliography(fileURLToPath(new URL(`${folder}/`, fixtures))).bibliography.items.values()]);
const varied: Bibliography = { items: new Map(variedWorks.map((work) => [work.id, work])), fileOf: new Map() };
const variedPages = syntheticPages(80, [...varied.items.keys()], [8, 16], 9).map(formatterCitations);

const chicago = () => loadStyle('chicago-author-date.csl', fileURLToPath(new URL('./pandoc-oracle/styles/', import.meta.url)));
const cases = [
  ['apa', 'synthetic works', bibliography, pages],
  ['harvard', 'synthetic works', bibliography, pages],
  ['apa', 'exported works of every type', varied, variedPages],
  ['harvard', 'exported works of every type', varied, variedPages],
  ['chicago author-date', 'exported works of every type', varied, variedPages],
] as const;

describe('citations shared between pages', () => {
  it.each(cases)('read as one citeproc pass per page reads them (%s, %s)', { timeout: 300_000 }, (style, _, works, corpus) => {
    const info = style === 'chicago author-date' ? chicago() : loadStyle(style, '/none');
    const shared = citationContext(works, info).formatter;
    const onePass = citationContext(works, { ...info, contextual: true }).formatter;
    for (const citations of corpus) {
      const keys = [...new Set(citations.flatMap((citation) => citation.items.map((item) => item.key)))];
      expect(shared.formatPage(citations).map(text)).toEqual(onePass.formatPage(citations).map(text));
      expect(shared.references(keys)).toEqual(onePass.references(keys));
    }
  });
});
