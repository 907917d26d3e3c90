import { describe, expect, it } from 'vitest';
import { correctQuery, correctWord, editDistance, words } from '../../src/search/spelling.ts';

const vocabulary = { coproduction: 40, co: 40, production: 41, reciprocity: 6, evaluation: 12, evaluate: 3, power: 30, tower: 1, staff: 50 };

describe('words', () => {
  it('lower-cases, splits on punctuation and also joins hyphenated words', () => {
    expect(words('Co-production, in Staff’s views.')).toEqual(['co', 'production', 'coproduction', 'in', 'staffs', 'views']);
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('evaulation', 'evaluation', 2)).toBe(1);
    expect(editDistance('reciprocty', 'reciprocity', 2)).toBe(1);
  });
  it('stops early once past the limit', () => {
    expect(editDistance('power', 'reciprocity', 2)).toBe(3);
  });
});

describe('correctWord', () => {
  it('corrects a dropped letter and a swap to the nearest indexed word', () => {
    expect(correctWord('coproducton', vocabulary)).toBe('coproduction');
    expect(correctWord('reciprocty', vocabulary)).toBe('reciprocity');
    expect(correctWord('evaulation', vocabulary)).toBe('evaluation');
  });
  it('prefers the commoner word when two are equally near', () => {
    expect(correctWord('powar', vocabulary)).toBe('power');
  });
  it('leaves known words, prefixes of known words, plurals and short words alone', () => {
    expect(correctWord('power', vocabulary)).toBeUndefined();
    expect(correctWord('evalu', vocabulary)).toBeUndefined();
    expect(correctWord('evaluations', vocabulary)).toBeUndefined();
    expect(correctWord('stf', vocabulary)).toBeUndefined();
  });
  it('gives up rather than guess at a word far from any in the index', () => {
    expect(correctWord('zebrafish', vocabulary)).toBeUndefined();
  });
});

describe('correctQuery', () => {
  it('corrects only the misspelt words of a query, hyphenated ones whole', () => {
    expect(correctQuery('staff reciprocty', vocabulary)).toBe('staff reciprocity');
    expect(correctQuery('co-producton', vocabulary)).toBe('coproduction');
  });
  it('says nothing changed for a query spelt right', () => {
    expect(correctQuery('staff power', vocabulary)).toBeUndefined();
  });
});
