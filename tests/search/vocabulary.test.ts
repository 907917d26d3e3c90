import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildVocabulary, readIndexedTexts } from '../../src/search/vocabulary.ts';

describe('the search vocabulary', () => {
  it('reads the text Pagefind indexed from its gzipped fragments, title included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-vocabulary-'));
    mkdirSync(join(dir, 'fragment'));
    const fragment = { url: '/glossary/reciprocity/', content: 'Give and take between partners.', meta: { title: 'Reciprocity' } };
    writeFileSync(join(dir, 'fragment', 'en_1.pf_fragment'), gzipSync(`pagefind_dcd${JSON.stringify(fragment)}`));
    expect([...readIndexedTexts(dir)]).toEqual(['Reciprocity Give and take between partners.']);
  });
  it('counts words, leaves out numbers and single letters, and sorts keys so builds are byte-identical', () => {
    const vocabulary = buildVocabulary(['Power and co-production in 2024', 'power a b']);
    expect(Object.keys(vocabulary)).toEqual(['and', 'co', 'coproduction', 'in', 'power', 'production']);
    expect(vocabulary.power).toBe(2);
  });
});
