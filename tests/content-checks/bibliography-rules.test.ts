import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../src/citations/citation-js.ts';
import { formatProblem } from '../../src/citations/check.ts';
import { bibliographyRuleProblems } from '../../src/content-checks/bibliography-rules.ts';

const file = 'content/bibliography/works.bib';
const work = (id: string, fields: Partial<CslItem> = {}): CslItem => ({ id, title: `Title of ${id}`, author: [{ family: 'Smith' }], issued: { 'date-parts': [[2020]] }, ...fields });
/** Each entry four lines after the one before, as if every entry took four lines of the file. */
const rules = (items: CslItem[]) => {
  const bibliography = { items: new Map(items.map((item) => [item.id, item])), fileOf: new Map(items.map((item) => [item.id, file])), lineOf: new Map(items.map((item, index) => [item.id, index * 4 + 1])) };
  const { errors, warnings } = bibliographyRuleProblems(bibliography);
  return { errors: errors.map(formatProblem), warnings: warnings.map(formatProblem) };
};
const check = (items: CslItem[]) => rules(items).errors;

describe('bibliography rules', () => {
  it('passes complete entries keyed by the scheme', () => {
    expect(check([work('smith2020'), work('nihr2021coproducing', { DOI: '10.1/a' }), work('cahn2004')])).toEqual([]);
  });

  it('finds one work entered twice, by DOI or by title whatever its case and punctuation, at the second entry', () => {
    expect(check([work('smith2020', { DOI: '10.1/A' }), work('smith2021', { DOI: '10.1/a' })])).toEqual([
      `${file}:5:1: entry "smith2021" has the same DOI as "smith2020" (${file}:1): one work, entered twice. Keep one entry and change the citations of the other to its key.`,
    ]);
    expect(check([work('smith2020', { title: 'Co-production: a guide' }), work('smith2021', { title: 'Co-Production - A Guide' })])[0]).toMatch(/^content\/bibliography\/works\.bib:5:1: entry "smith2021" has the same title as "smith2020"/);
  });

  it('warns, without stopping the build, about a key outside the scheme, and gives the key in the scheme', () => {
    expect(rules([work('Brown-2018', { author: [{ family: 'Brown', given: 'A.' }], issued: { 'date-parts': [[2018]] } })])).toEqual({
      errors: [],
      warnings: [`${file}:1:1: The key "Brown-2018" does not follow the scheme: the first author's surname, or an organisation's short name, in lowercase, then the year (makey2022). Rename it to "brown2018", and its citations.`],
    });
    expect(rules([work('brown2018'), work('gillard_developing_2018', { author: [{ family: 'Brown', given: 'A.' }], issued: { 'date-parts': [[2018]] }, title: 'Developing peer support' })]).warnings[0]).toMatch(/Rename it to "brown2018developing"/);
  });
});
