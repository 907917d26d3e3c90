import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/citations/check.ts';
import { imagesWithoutAlt, pastReview, placeholders, unusedEntries } from '../../src/content-checks/lint.ts';

const page = (path: string, source: string) => ({ path, source });

describe('content lint', () => {
  it('reports an image without alt text at its file and line', () => {
    const files = [page('content/guidance/a.mdx', '---\ntitle: A\n---\n\nText.\n\n![](chart.png)\n\n![A chart of results](ok.png)\n<img src="x.png">\n')];
    expect(imagesWithoutAlt(files).map(formatProblem)).toEqual([
      'content/guidance/a.mdx:7:1: This image has no alt text. Describe what it shows, e.g. ![Chart of survey results by staff group](...).',
      'content/guidance/a.mdx:10:1: This image has no alt text. Describe what it shows, e.g. ![Chart of survey results by staff group](...).',
    ]);
  });

  it('lists pages past their review date, and not those still in date', () => {
    const files = [page('content/guidance/old.mdx', '---\nnextReviewDue: 2025-01-01\n---\n'), page('content/guidance/new.mdx', '---\nnextReviewDue: 2027-11-23\n---\n')];
    expect(pastReview(files, new Date('2026-11-23')).map(formatProblem)).toEqual([
      'content/guidance/old.mdx:2:1: This page was due for review on 2025-01-01. Review it, then update lastReviewed and nextReviewDue.',
    ]);
  });

  it('finds TODO placeholders left by the scaffold', () => {
    expect(placeholders([page('content/glossary/t.md', "---\ndefinition: 'TODO: a plain definition'\n---\n")]).map((p) => `${p.line}:${p.column}`)).toEqual(['2:14']);
  });

  it('warns about bibliography entries no page cites, at the line where the entry starts', () => {
    const bibliography = { items: new Map([['makey2022', { id: 'makey2022' }], ['unused2020', { id: 'unused2020' }], ['listed2019', { id: 'listed2019' }]]), fileOf: new Map([['makey2022', 'content/bibliography/works.bib'], ['unused2020', 'content/bibliography/works.bib'], ['listed2019', 'content/bibliography/works.bib']]), lineOf: new Map([['makey2022', 1], ['unused2020', 5], ['listed2019', 9]]) };
    expect(unusedEntries(new Set(['makey2022', 'listed2019']), bibliography).map(formatProblem)).toEqual([
      'content/bibliography/works.bib:5:1: No page cites "unused2020". Cite it, list it in an evidence page\'s citesWorks, or remove it.',
    ]);
  });
});
