/** citeproc's casing by language (src/citations/citeproc-casing.ts): plain casing only where the language has none of its own. */
import CSL from 'citeproc';
import { describe, expect, it } from 'vitest';
import '../../src/citations/citeproc-casing.ts';

type Casing = (this: { tmp: { lang_array?: string[] } }, text: string) => string;
const { toLocaleLowerCase, toLocaleUpperCase } = CSL as unknown as { toLocaleLowerCase: Casing; toLocaleUpperCase: Casing };
const inLanguages = (...languages: string[]) => ({ tmp: { lang_array: languages } });

describe('citeproc casing', () => {
  it('cases Turkish, Azeri, Lithuanian and Greek by their own rules', () => {
    expect(toLocaleLowerCase.call(inLanguages('tr', 'en-GB'), 'IŞIK')).toBe('ışık');
    expect(toLocaleUpperCase.call(inLanguages('az'), 'istanbul')).toBe('İSTANBUL');
    expect(toLocaleUpperCase.call(inLanguages('el-GR'), 'άλφα')).toBe('ΑΛΦΑ');
    expect(toLocaleLowerCase.call(inLanguages('lt'), 'Ĩ')).toBe('Ĩ'.toLocaleLowerCase('lt'));
  });

  it('cases every other language as the language-neutral rules do, which is what V8 does for them', () => {
    for (const languages of [['en-GB'], ['en', 'tr'], ['de'], ['nl'], ['cy', 'en-GB']]) {
      for (const text of ['IŞIK', 'İstanbul', 'Straße', 'ÁΣ', 'Ĳssel']) {
        expect(toLocaleLowerCase.call(inLanguages(...languages), text)).toBe(text.toLocaleLowerCase(languages));
        expect(toLocaleUpperCase.call(inLanguages(...languages), text)).toBe(text.toLocaleUpperCase(languages));
      }
    }
  });

  it('leaves a cite with no language to citeproc, which cases by the machine’s', () => {
    expect(toLocaleLowerCase.call({ tmp: {} }, 'ABC')).toBe('abc');
  });
});
