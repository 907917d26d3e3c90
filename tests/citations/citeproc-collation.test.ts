/** citeproc's comparison of sort keys (src/citations/citeproc-collation.ts): one collator, the same order as citeproc's own. */
import CSL from 'citeproc';
import { describe, expect, it } from 'vitest';

type Compare = (a: string, b: string) => number;
type State = { tmp: { lang_array?: string[] } };
type GetSortCompare = (this: State, locale?: string) => Compare;
const citeproc = CSL as unknown as { getSortCompare: GetSortCompare };
// citeproc's own comparer, taken before the module replaces it.
const original = citeproc.getSortCompare;
await import('../../src/citations/citeproc-collation.ts');

const keys = ['Smith', 'smith', 'Smyth', 'Śmith', 'de Vries', 'De Vries', '[Anonymous]', 'Anonymous', '"Quoted" title', 'Quoted title', "'t Hooft", 'Hooft', 'Item 2', 'Item 10', 'Item 9a', 'O’Brien', 'OBrien', 'Ørsted', 'Orsted', 'Zhang', 'Ångström', 'Angstrom', 'İstanbul', 'Istanbul', '', '2020', '2020a', '2020b', '-2020', 'Co-production', 'Coproduction', 'co production'];
const sign = (value: number) => Math.sign(value);

describe('citeproc collation', () => {
  for (const [locale, languages] of [['en-GB', ['en-GB']], ['en-US', ['en-US']], ['tr', ['tr']], ['sv', ['sv', 'en-GB']], [undefined, ['en-GB']], ['', ['en-GB']]] as const) {
    it(`orders sort keys as citeproc does (${locale === undefined ? 'no locale' : locale || 'empty locale'})`, () => {
      const state: State = { tmp: { lang_array: [...languages] } };
      const [ours, theirs] = [citeproc.getSortCompare.call(state, locale), original.call(state, locale)];
      for (const a of keys) for (const b of keys) expect([a, b, sign(ours(a, b))]).toEqual([a, b, sign(theirs(a, b))]);
    });
  }

  it('leaves comparison to a comparer the host gave citeproc', () => {
    const host: Compare = () => 0;
    const global = CSL as unknown as { stringCompare?: Compare };
    global.stringCompare = host;
    try {
      expect(citeproc.getSortCompare.call({ tmp: {} }, 'en-GB')).toBe(host);
    } finally {
      delete global.stringCompare;
    }
  });
});
