/**
 * The same five works (bibliography-fixtures/README.md, "Works used"),
 * exported by every reference manager the fixtures copy, read the same:
 * title, names, date, container, volume, issue, pages, DOI, URL and access
 * date. Where an export format cannot carry something, the test says so and
 * asserts what the export does give.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBibliography } from '../../../src/citations/bibliography.ts';
import type { CslItem } from '../../../src/citations/citation-js.ts';
import { schemeKey } from '../../../src/citations/input/keys.ts';

const exporters = {
  'Zotero BibTeX': 'a zotero bibtex export loads as pasted',
  'Zotero BibLaTeX': 'a zotero biblatex export loads as pasted',
  'Zotero RIS': 'a zotero ris export loads as pasted',
  'Zotero CSL JSON': 'a zotero csl json export loads as pasted',
  JabRef: 'a jabref export loads as pasted',
  Mendeley: 'a mendeley export loads as pasted',
  'EndNote RIS': 'an endnote ris export loads as pasted',
  'EndNote BibTeX': 'an endnote bibtex export loads as pasted',
} as const;
type Exporter = keyof typeof exporters;

const read = (exporter: Exporter) => readBibliography(fileURLToPath(new URL(`../bibliography-fixtures/${exporters[exporter]}/`, import.meta.url)), 'bibliography');

/** The works of each export, in file order (every export lists them in the same order). */
const all = Object.fromEntries(Object.keys(exporters).map((exporter) => [exporter, [...read(exporter as Exporter).bibliography.items.values()]])) as Record<Exporter, CslItem[]>;

const numbers = (parts: (number | string)[] | undefined) => parts?.map(Number);

/**
 * What a reader sees of a work. Titles are compared as words: a title in
 * {{double braces}} (Mendeley) arrives as a span citeproc keeps from case
 * changes, and BibTeX titles without braces are read into sentence case,
 * as pandoc reads them (src/citations/citation-js.ts).
 */
function reading(item: CslItem) {
  return {
    title: item.title?.replace(/<[^>]+>/g, '').toLowerCase(),
    names: item.author,
    date: numbers(item.issued?.['date-parts']?.[0]),
    container: item['container-title'],
    volume: item['volume'],
    issue: item['issue'],
    page: item['page'],
    DOI: item.DOI,
    URL: item.URL,
    accessed: numbers((item['accessed'] as CslItem['issued'])?.['date-parts']?.[0]),
  };
}

const none = { container: undefined, volume: undefined, issue: undefined, page: undefined, DOI: undefined, URL: undefined, accessed: undefined };
const expected = {
  makey: {
    ...none,
    title: 'co-production: what it is and how it can ensure inclusive practice for service users and staff',
    names: [
      { family: 'Makey', given: 'Laura Michelle' },
      { family: 'Walsh', given: 'Claire Louise' },
      { family: 'Salih', given: 'Ifrah' },
    ],
    date: [2022, 7, 12],
    container: 'Nursing Management',
    volume: '30',
    issue: '1',
    page: '18-23',
    DOI: '10.7748/nm.2022.e2046',
  },
  webb: {
    ...none,
    title: 'exploring coproduction of patient care in a secure mental health setting',
    names: [
      { family: 'Webb', given: 'Elanor' },
      { family: 'Girardi', given: 'Alessandra' },
      { family: 'Stewart', given: 'Inga' },
    ],
    date: [2021],
    container: 'Nursing Times',
    volume: '117',
    issue: '4',
    page: '34-38',
  },
  nihr: {
    ...none,
    title: 'guidance on co-producing a research project',
    names: [{ literal: 'National Institute for Health Research' }],
    date: [2018],
    URL: 'https://invo.org.uk/wp-content/uploads/2019/04/Copro_Guidance_Feb19.pdf',
    accessed: [2022, 5, 27],
  },
  pittuck: {
    ...none,
    title: '#red4research- an overview of hospital staffs’ perspectives of co-production',
    names: [{ family: 'Pittuck', given: 'Beth' }],
    date: [2024],
    container: 'Healthwatch Essex',
  },
  wyke: {
    ...none,
    title: '‘it’s learning all of this together, isn’t it?’: a qualitative study exploring conditions for embedding a culture of co-production in integrated community-based healthcare',
    names: [{ family: 'Wyke', given: 'Eleanor' }],
    date: undefined,
  },
};
const order = ['makey', 'webb', 'nihr', 'pittuck', 'wyke'] as const;

/** What each export gives where it differs from the work as published, and why. */
const differences: Partial<Record<Exporter, Partial<{ [work in keyof typeof expected]: Partial<ReturnType<typeof reading>> }>>> = {
  // BibTeX has a month field and no day: Zotero writes month = jul.
  'Zotero BibTeX': { makey: { date: [2022, 7] } },
  // Mendeley's BibTeX export writes the month, not the day; it gives a web
  // page's site as booktitle, which BibTeX readers put into sentence case
  // like any title field (Mendeley braces only the title itself).
  Mendeley: { makey: { date: [2022, 7] }, pittuck: { container: 'Healthwatch essex' } },
  // JabRef has no field for a web page's site in @Online: the fixture gives
  // it as the organization, which CSL reads as the publisher.
  JabRef: { pittuck: { container: undefined } },
  // EndNote's Web Page type writes the site as its publisher (PB).
  'EndNote RIS': { pittuck: { container: undefined } },
  // EndNote's BibTeX export writes only the year of a date (no month) and
  // no access date; the site of a web page is its publisher, as in its RIS.
  'EndNote BibTeX': { makey: { date: [2022] }, nihr: { accessed: undefined }, pittuck: { container: undefined } },
};

describe('the same works exported by every reference manager', () => {
  it.each(Object.keys(exporters) as Exporter[])('%s reads as the works were published', (exporter) => {
    expect(read(exporter).errors).toEqual([]);
    expect(all[exporter]).toHaveLength(order.length);
    order.forEach((work, index) => {
      expect({ work, ...reading(all[exporter][index]!) }).toEqual({ work, ...expected[work], ...differences[exporter]?.[work] });
    });
  });

  it('gives the web page’s site as the publisher where the export has nowhere else for it', () => {
    for (const exporter of ['JabRef', 'EndNote RIS', 'EndNote BibTeX'] as const) expect(all[exporter][3]?.['publisher']).toBe('Healthwatch Essex');
  });

  it('keeps EndNote’s reference type names out of the genre, and reads its Web Page as a web page', () => {
    const endNote = all['EndNote BibTeX'];
    // BibTeX prints a report's type, so "Report" stays as BibTeX would print it.
    expect(endNote.map((item) => item['genre'])).toEqual([undefined, undefined, 'Report', undefined, undefined]);
    expect(endNote.map((item) => item.type)).toEqual(['article-journal', 'article-journal', 'report', 'webpage', 'manuscript']);
  });

  it('reads Zotero’s presentation, exported as RIS SLIDE with its presenter in A2, as slides by their presenter', () => {
    expect(all['Zotero RIS'][4]).toMatchObject({ type: 'speech', genre: 'Slides', author: [{ family: 'Wyke', given: 'Eleanor' }] });
    expect(all['Zotero RIS'][4]).not.toHaveProperty('performer');
  });

  it('keeps each keyword EndNote writes on its own line under one KW tag', () => {
    expect(all['EndNote RIS'][0]?.['keyword']).toBe(all['Zotero RIS'][0]?.['keyword']);
    expect(all['EndNote RIS'][0]?.['keyword']).toBe('management,service development,service improvement,service redesign');
  });

  it('would give every work the same key in the site scheme, whatever the export (nihr2018 for the NIHR report)', () => {
    for (const exporter of Object.keys(exporters) as Exporter[]) {
      const taken = new Set<string>();
      const keys = all[exporter].map((item) => {
        const key = schemeKey(item, taken);
        taken.add(key);
        return key;
      });
      expect({ exporter, keys }).toEqual({ exporter, keys: ['makey2022', 'webb2021', 'nihr2018', 'pittuck2024', 'wykend'] });
    }
  });

  it('gives those keys to the works of exports that have none (RIS, and CSL JSON with database ids)', () => {
    for (const exporter of ['Zotero RIS', 'EndNote RIS', 'Zotero CSL JSON'] as const) {
      expect({ exporter, keys: [...read(exporter).bibliography.items.keys()] }).toEqual({ exporter, keys: ['makey2022', 'webb2021', 'nihr2018', 'pittuck2024', 'wykend'] });
    }
  });
});
