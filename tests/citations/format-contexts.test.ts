/**
 * The formatter shares cites between pages (format.ts): works tied to no
 * other work on a page are rendered once for all pages, and works tied by a
 * shared surname and year, or two people of one surname, once per context.
 * Here every page of a seeded corpus, in every citation form, is formatted
 * both ways, and both must read the same: the shared way, and one citeproc
 * pass per page, which is exact by construction.
 */
import { describe, expect, it } from 'vitest';
import type { Bibliography } from '../../src/citations/bibliography.ts';
import { loadStyle } from '../../src/citations/styles.ts';
import { syntheticBibliography, syntheticPages } from '../../scripts/bench/synthetic.ts';
import { citationContext, formatterCitations } from './context.ts';

const works = syntheticBibliography(120, 7);
const bibliography: Bibliography = { items: new Map(works.map((work) => [work.id, work])), fileOf: new Map() };
// Few works and many citations per page, so pages often cite works that share a surname and a year.
const pages = syntheticPages(120, [...bibliography.items.keys()], [8, 16], 8).map(formatterCitations);
const text = (html: string) => html.replace(/\uE001([^\uE002]*)\uE002/g, '[$1]').replace(/\uE003/g, '');

describe('citations shared between pages', () => {
  it.each(['apa', 'harvard'] as const)('read as one citeproc pass per page reads them (%s)', { timeout: 300_000 }, (style) => {
    const shared = citationContext(bibliography, style).formatter;
    const onePass = citationContext(bibliography, { ...loadStyle(style, '/none'), contextual: true }).formatter;
    for (const citations of pages) {
      const keys = [...new Set(citations.flatMap((citation) => citation.items.map((item) => item.key)))];
      expect(shared.formatPage(citations).map(text)).toEqual(onePass.formatPage(citations).map(text));
      expect(shared.references(keys)).toEqual(onePass.references(keys));
    }
  });
});
