import { Cite } from '@citation-js/core';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBibliography } from '../../src/citations/bibliography.ts';
import type { CslItem } from '../../src/citations/citation-js.ts';
import { CitationFormatter } from '../../src/citations/format.ts';
import type { CitationItem, LocatorLabel } from '../../src/citations/parse.ts';
import { cslTemplates } from '../../src/citations/styles.ts';

const bibliography = loadBibliography(fileURLToPath(new URL('./fixtures/bibliography/', import.meta.url)));
// One work per item type: locator patterns are learned per type, label and shape.
const keys = ['makey2022', 'cahn2004'];
const locators = ['3', '33', '33-35', '100–120', 'iv', '33, 35'];
const labels: LocatorLabel[] = ['page', 'chapter', 'section'];

/** citation-js's own rendering of one cite: the reference the cached formatter must match. */
function citationJs(style: 'apa' | 'harvard', item: CitationItem): string {
  const entry = { id: item.key, locator: item.locator, label: item.label, 'suppress-author': item.suppressAuthor, ...(item.prefix ? { prefix: `${item.prefix} ` } : {}), suffix: item.suffix };
  return (new Cite(bibliography.items.get(item.key)).format('citation', { template: cslTemplates[style].template, format: 'text', entry: [entry] }) as string).trim();
}

describe('CitationFormatter', () => {
  // citation-js's own formatting (the reference) is slow by design: give it room on a busy machine.
  it.each(['apa', 'harvard'] as const)('formats every locator shape exactly as citation-js does (%s)', { timeout: 60_000 }, (style) => {
    const formatter = new CitationFormatter(bibliography, style);
    for (const key of keys) {
      for (const label of labels) {
        for (const locator of locators) {
          for (const suppressAuthor of [false, true]) {
            const item: CitationItem = { key, locator, label, prefix: 'see', suffix: ' for more', suppressAuthor };
            const ours = formatter.format({ kind: 'parenthetical', items: [item], start: 0, end: 0 });
            expect(`${ours.open}${ours.items[0]!.text}${ours.close}`).toBe(citationJs(style, item));
          }
        }
      }
    }
  });

  it('keeps two formatters of the same style apart, each with its own works', () => {
    const first = new CitationFormatter(bibliography, 'apa');
    const other = new CitationFormatter(
      { items: new Map([['site2026', { id: 'site2026', type: 'webpage', title: 'A page of this site', author: [{ literal: 'Example Organisation' }], issued: { 'date-parts': [[2026]] } }]]), fileOf: new Map() },
      'apa',
    );
    expect(other.references(['site2026'])[0]?.html).toContain('A page of this site');
    // The first formatter still finds its own works after the second was built.
    expect(first.format({ kind: 'parenthetical', items: [{ key: 'webb2021', prefix: '', suffix: '', suppressAuthor: false }], start: 0, end: 0 }).items[0]!.text).toBe('Webb et al., 2021');
  });

  it.each(['apa', 'harvard', 'vancouver'] as const)('gives works that stand alone no year suffix, though they share an author and year (%s)', (style) => {
    const page = (n: number): [string, CslItem] => [`p${n}`, { id: `p${n}`, type: 'webpage', title: `Page ${n}`, author: [{ literal: 'Example Organisation' }], issued: { 'date-parts': [[2026, 11, 23]] } }];
    const pages = { items: new Map([page(1), page(2), page(3)]), fileOf: new Map<string, string>() };
    const standalone = new CitationFormatter(pages, style, { disambiguate: false });
    for (const key of ['p1', 'p2', 'p3']) {
      standalone.startPage([key]);
      expect(standalone.references([key])[0]!.html).toMatch(/2026(?![a-z])/);
    }
    // The same works in one bibliography are told apart, as the style asks.
    if (style !== 'vancouver') expect(new CitationFormatter(pages, style).references(['p2'])[0]!.html).toMatch(/2026[a-c]/);
  });
});
