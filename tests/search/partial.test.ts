import { describe, expect, it } from 'vitest';
import { rankPartialMatches, significantWords } from '../../src/search/partial.ts';

describe('significantWords', () => {
  it('drops words that carry no topic and repeats', () => {
    expect(significantWords('How do I survey the staff before starting? Staff!')).toEqual(['survey', 'staff', 'before', 'starting']);
  });
});

describe('rankPartialMatches', () => {
  it('ranks pages holding more of the words first, then by scores relative to each word’s best', () => {
    const survey = [
      { id: 'a', score: 10 },
      { id: 'b', score: 5 },
    ];
    const staff = [
      { id: 'c', score: 100 },
      { id: 'b', score: 90 },
    ];
    expect(rankPartialMatches([survey, staff], new Set()).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
  it('leaves out pages already listed', () => {
    expect(rankPartialMatches([[{ id: 'a', score: 1 }, { id: 'b', score: 1 }]], new Set(['a'])).map((r) => r.id)).toEqual(['b']);
  });
});
