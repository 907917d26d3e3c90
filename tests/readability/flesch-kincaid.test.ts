import { describe, expect, it } from 'vitest';
import { countSyllables, fleschKincaid } from '../../src/readability/flesch-kincaid.ts';

describe('countSyllables', () => {
  it.each([
    ['care', 1],
    ['staff', 1],
    ['patient', 2],
    ['service', 2],
    ['community', 4],
    ['relationship', 4],
  ])('counts %s as %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });
});

describe('fleschKincaid', () => {
  it('scores short plain sentences as easy and long Latinate ones as hard', () => {
    const plain = fleschKincaid('Staff and patients plan care together. They share power. It works best when everyone is heard.');
    const dense = fleschKincaid(
      'Organisational implementation of participatory methodologies necessitates considerable institutional commitment, multidisciplinary collaboration and comprehensive evaluation infrastructure.',
    );
    expect(plain.grade).toBeLessThan(6);
    expect(dense.grade).toBeGreaterThan(18);
  });

  it('counts words and sentences, treating a hyphenated word as one word', () => {
    expect(fleschKincaid('Co-production helps. Staff agree!')).toMatchObject({ words: 4, sentences: 2 });
  });
});
