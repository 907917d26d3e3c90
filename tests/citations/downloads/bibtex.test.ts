import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../../src/citations/citation-js.ts';
import { toBibtex } from '../../../src/citations/downloads/bibtex.ts';

const article: CslItem = {
  id: 'smith2020',
  type: 'article-journal',
  title: 'Costs of 50% & more in Österreich: the {new} $5 fee_x ~ ^ \\ and Ελλάδα',
  'container-title': 'Health & Care',
  author: [{ family: 'Vázques de Parga', given: 'Luis' }, { family: 'Ōtsuka', given: 'Ken' }, { family: 'others' }],
  issued: { 'date-parts': [[2020, 3, 9]] },
  DOI: '10.1000/a_b(2020)',
};

describe('BibTeX downloads', () => {
  const text = toBibtex([article]);

  it('escapes what LaTeX treats specially and keeps every other character as UTF-8', () => {
    expect(text).toContain('title = {Costs of 50\\% \\& more in {Österreich}: {the} \\{new\\} \\$5 fee\\_x \\textasciitilde{} \\textasciicircum{} \\textbackslash{} and {Ελλάδα}},');
    expect(text).toContain('journal = {Health \\& Care},');
    expect(text).toContain('doi = {10.1000/a_b(2020)},');
  });

  it('writes only the named authors, braces a surname BibTeX would split, and says the list was shortened', () => {
    expect(text).toContain('author = {{Vázques de Parga}, Luis and Ōtsuka, Ken},');
    expect(text).toContain('note = {Further authors not listed (et al.)},');
    expect(text).not.toMatch(/others/);
  });

  it('writes the month as BibTeX\'s macro and the day apart, which pandoc and BibTeX styles read', () => {
    expect(text).toContain('\tyear = {2020},');
    expect(text).toContain('\tmonth = mar,\n\tday = {9},');
  });

  it("uses the work's key, or the key it was given for BibTeX", () => {
    expect(text.startsWith('@article{smith2020,\n')).toBe(true);
    expect(toBibtex([{ id: 'kb-guidance-power', 'citation-key': 'kb_guidance_power', type: 'webpage', title: 'Power' }])).toMatch(/^@online\{kb_guidance_power,/);
  });

  it('writes what citation-js leaves out: a text date, an access date, a language and a web page\'s site', () => {
    const page = toBibtex([{ id: 'p', type: 'webpage', title: 'A post', 'container-title': 'Healthwatch Essex', issued: { literal: 'n.d.' }, accessed: { 'date-parts': [[2024, 5, 7]] }, language: 'german', URL: 'https://example.org/a?b=1&c=2' }]);
    expect(page).toContain('year = {n.d.},');
    expect(page).toContain('urldate = {2024-05-07},');
    expect(page).toContain('langid = {german},');
    expect(page).toContain('journal = {Healthwatch Essex},');
    expect(page).toContain('url = {https://example.org/a?b=1&c=2},');
    expect(page).not.toContain('[Online; accessed');
  });

  it('writes a web page as @online, its address once: pandoc read the copy in howpublished as the publisher', () => {
    const page = toBibtex([{ id: 'p', type: 'webpage', title: 'Peer support', 'container-title': 'Mind', URL: 'https://example.org/peer' }]);
    expect(page).toMatch(/^@online\{p,/);
    expect(page).not.toContain('howpublished');
    expect(page).toContain('url = {https://example.org/peer},');
  });

  it('writes a chapter with its own title in a book as @incollection', () => {
    expect(toBibtex([{ id: 'c', type: 'chapter', title: 'A chapter', 'container-title': 'The Book' }])).toMatch(/^@incollection\{c,[\s\S]*booktitle = \{The \{Book\}\},/);
  });
});
