/**
 * What the works in the bibliography fixtures read as, field by field: the
 * fixtures' expected.txt pins which load; these pin what a reader will see.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBibliography } from '../../../src/citations/bibliography.ts';

const load = (folder: string) => readBibliography(fileURLToPath(new URL(`../bibliography-fixtures/${folder}/`, import.meta.url)), 'bibliography').bibliography.items;

describe('BibTeX input', () => {
  it('turns LaTeX into text: logos, accents, discretionary hyphens, \\noopsort, starred quotes and emphasis', () => {
    const items = load('latex commands become text and unknown ones are reported');
    expect(items.get('knuth1984')?.title).toBe('The TeXbook');
    expect(items.get('knuth1984')?.['note']).toBe('Typeset with LaTeX and <i>plain</i> TeX; coproduction of Über text “quoted”');
    expect(items.get('sorted2001')?.author).toEqual([{ family: 'Sorted', given: 'Author' }]);
    expect(items.get('sorted2001')?.title).toBe('Data and analysis/results in a <i><span class="nocase">small</span></i> study');
    expect(items.get('sorted2001')?.['note']).toBe('A note with in it');
  });

  it('expands @string macros joined with #, month names, and inherits from crossref and xdata', () => {
    const items = load('string macros month names crossref and xdata are resolved');
    expect(items.get('macro2021')).toMatchObject({ 'container-title': 'Nursing Times', issued: { 'date-parts': [[2021, 4]] } });
    expect(items.get('macro2021')?.author?.at(-1)).toEqual({ family: 'others' });
    expect(items.get('chapter2000')).toMatchObject({ 'container-title': 'The collected volume', publisher: 'Example Press', 'publisher-place': 'London', issued: { 'date-parts': [[2000]] } });
    expect(items.get('shared2010')).toMatchObject({ publisher: 'Shared Press', 'publisher-place': 'Leeds' });
    expect(items.has('press')).toBe(false);
  });

  it('reads English titles into sentence case, keeping {braced} words, as pandoc does', () => {
    const items = load('the biblatex example file loads all but its two sets');
    expect(items.get('knuth:ct:a')?.title).toBe('The TeXbook');
    expect(items.get('westfahl:space')?.title).toBe('The true frontier: Confronting and avoiding the realities of space in American science fiction films');
  });

  it('reads reference managers’ exports as they mean them: organisations, escaped URLs, EndNote’s types, a site in titleaddon', () => {
    // EndNote keeps an organisation's trailing comma; Zotero, JabRef and Mendeley brace it.
    expect(load('an endnote bibtex export loads as pasted').get('RN3')?.author).toEqual([{ literal: 'National Institute for Health Research' }]);
    expect(load('a jabref export loads as pasted').get('NIHR2018')?.author).toEqual([{ literal: 'National Institute for Health Research' }]);
    // EndNote's own type names are not genres, and its Web Page (@misc) is a web page.
    expect(load('an endnote bibtex export loads as pasted').get('RN1')).not.toHaveProperty('genre');
    expect(load('an endnote bibtex export loads as pasted').get('RN4')?.type).toBe('webpage');
    // Mendeley escapes LaTeX characters in URLs too.
    expect(load('a mendeley export loads as pasted').get('NationalInstituteforHealthResearch2018')?.URL).toBe('https://invo.org.uk/wp-content/uploads/2019/04/Copro_Guidance_Feb19.pdf');
    // Zotero's BibLaTeX puts a web page's site in titleaddon, and a presentation's kind in type and howpublished.
    const zotero = load('a zotero biblatex export loads as pasted');
    expect(zotero.get('pittuck_red4research-_2024')?.['container-title']).toBe('Healthwatch Essex');
    expect(zotero.get('wyke_its_nodate')).toMatchObject({ genre: 'Slides' });
    expect(zotero.get('wyke_its_nodate')).not.toHaveProperty('publisher');
  });

  it('reads Zotero’s web page as the document BibTeX makes it, and as a web page once it is @online', () => {
    const items = load('a zotero bibtex web page loads with a warning to make it online');
    expect(items.get('mind_peer_2024')).toMatchObject({ type: 'document', 'container-title': 'Mind' });
    expect(items.get('mind_online_2024')).toMatchObject({ type: 'webpage', 'container-title': 'Mind' });
  });

  it('normalises a DOI written as a doi.org address and keeps its characters', () => {
    expect(load('a doi or url that is not a web address is refused').get('fine2020')?.DOI).toBe('10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0');
  });

  it('gives a CSL-JSON list field (language) the single value citeproc needs', () => {
    expect(load('a csl json export with database ids gets citable keys').get('lang2020')?.['language']).toBe('en');
  });
});
