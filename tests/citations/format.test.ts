import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../src/citations/citation-js.ts';
import type { FormatItem } from '../../src/citations/format.ts';
import { loadStyle } from '../../src/citations/styles.ts';
import { citationContext, fixtureBibliography } from './context.ts';

const bibliography = fixtureBibliography();
const text = (html: string) => html.replace(/[\uE001][^\uE002]*\uE002|\uE003/g, '');
const item = (key: string, extra: Partial<FormatItem> = {}): FormatItem => ({ key, mode: 'normal', prefix: '', suffix: '', ...extra });

describe('CitationFormatter', () => {
  it.each(['apa', 'harvard'] as const)('formats every locator shape as one citeproc pass over the page does (%s)', (style) => {
    const shared = citationContext(bibliography, style).formatter;
    const onePass = citationContext(bibliography, { ...loadStyle(style, '/none'), contextual: true }).formatter;
    const citations = ['makey2022', 'cahn2004'].flatMap((key) =>
      ['page', 'chapter', 'section'].flatMap((label) =>
        ['3', '33', '33-35', '100–120', 'iv', '33, 35'].flatMap((locator) =>
          (['normal', 'suppress-author', 'author-in-text'] as const).map((mode) => ({ items: [item(key, { mode, locator, label, ...(mode === 'author-in-text' ? {} : { prefix: 'see', suffix: ' for more' }) })] })),
        ),
      ),
    );
    expect(shared.formatPage(citations).map(text)).toEqual(onePass.formatPage(citations).map(text));
  });

  it('keeps two formatters of the same style apart, each with its own works', () => {
    const first = citationContext(bibliography).formatter;
    const site: CslItem = { id: 'site2026', type: 'webpage', title: 'A page of this site', author: [{ literal: 'Example Organisation' }], issued: { 'date-parts': [[2026]] } };
    const other = citationContext({ items: new Map([['site2026', site]]), fileOf: new Map() }).formatter;
    expect(other.references(['site2026'])[0]?.html).toContain('A page of this site');
    // The first formatter still finds its own works after the second was built.
    expect(text(first.formatPage([{ items: [item('webb2021')] }])[0]!)).toBe('(Webb et al., 2021)');
  });

  it.each(['apa', 'harvard', 'vancouver'] as const)('gives works that stand alone no year suffix, though they share an author and year (%s)', (style) => {
    const page = (n: number): CslItem => ({ id: `p${n}`, type: 'webpage', title: `Page ${n}`, author: [{ literal: 'Example Organisation' }], issued: { 'date-parts': [[2026, 11, 23]] } });
    const { formatter } = citationContext(bibliography, style);
    const entries = formatter.standalone([page(1), page(2), page(3)]);
    for (const key of ['p1', 'p2', 'p3']) expect(entries.get(key)).toMatch(/2026(?![a-z])/);
    // The same works cited on one page are told apart, as the style asks.
    const pages = citationContext({ items: new Map([1, 2, 3].map((n) => [`p${n}`, page(n)])), fileOf: new Map() }, style).formatter;
    if (style !== 'vancouver') expect(pages.references(['p1', 'p2', 'p3']).map((entry) => entry.html).join()).toMatch(/2026a[\s\S]*2026b[\s\S]*2026c/);
  });

  it('names the author of every work that stands alone, in a style that writes "———" for an author repeated in a list', () => {
    const chicago = loadStyle('chicago-author-date.csl', fileURLToPath(new URL('./pandoc-oracle/styles/', import.meta.url)));
    expect(chicago.substitutesAuthors).toBe(true);
    const page = (n: number): CslItem => ({ id: `p${n}`, type: 'webpage', title: `Page ${n}`, author: [{ literal: 'Example Organisation' }], issued: { 'date-parts': [[2026, 11, n]] } });
    const entries = citationContext(bibliography, chicago).formatter.standalone([page(1), page(2), page(3)]);
    for (const [n, entry] of [...entries.values()].entries()) expect(text(entry)).toMatch(new RegExp(`^<div class="csl-entry">Example Organisation\\. 2026\\. .Page ${n + 1}.`));
  });

  it('tells works apart only on the page that cites them together, as pandoc does', () => {
    const smith = (id: string, given: string): CslItem => ({ id, type: 'book', title: `Book ${id}`, author: [{ family: 'Smith', given }], issued: { 'date-parts': [[2020]] } });
    const works = { items: new Map([smith('a', 'Ann'), smith('b', 'Ann'), smith('c', 'Carl')].map((work) => [work.id, work])), fileOf: new Map<string, string>() };
    const { formatter } = citationContext(works);
    expect(formatter.formatPage([{ items: [item('a')] }]).map(text)).toEqual(['(Smith, 2020)']);
    expect(formatter.formatPage([{ items: [item('a')] }, { items: [item('b')] }]).map(text)).toEqual(['(Smith, 2020a)', '(Smith, 2020b)']);
    expect(formatter.formatPage([{ items: [item('a'), item('c')] }]).map(text)).toEqual(['(A. Smith, 2020; C. Smith, 2020)']);
  });
});
