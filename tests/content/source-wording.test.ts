/**
 * The matching rules behind the wording check against the sources
 * (wording-against-sources.test.ts), on small texts whose answer is known.
 */
import { describe, expect, it } from 'vitest';
import { containsInOrder, copiedRuns, normaliseQuoted, quotedParts, splitQuotations, wordsOf } from './source-wording.ts';

const source = { name: 'source.txt', text: 'Staff explained that healthcare organisations tend to operate as top‐down structures, whereby information is fed down through the system like a chain.' };

describe('comparing content wording with a source', () => {
  it('treats curly and straight quotes, dash variants and spaced dashes as the same text', () => {
    expect(normaliseQuoted('“Principles – driven”, it’s')).toBe(normaliseQuoted('"principles-driven", it\'s'));
  });

  it('splits a block into quotations and the text outside them', () => {
    expect(splitQuotations('They said "walking alongside" and “listening first” matter.')).toEqual({
      quotations: ['walking alongside', 'listening first'],
      outside: ['They said ', ' and ', ' matter.'],
    });
  });

  it('treats an unpaired quotation mark as ordinary text', () => {
    expect(splitQuotations('A 6" gap').quotations).toEqual([]);
  });

  it('finds a quotation that leaves words out with an ellipsis, part by part and in order', () => {
    const text = normaliseQuoted(source.text);
    expect(containsInOrder(text, quotedParts('organisations tend to operate... like a chain.'))).toBe(true);
    expect(containsInOrder(text, quotedParts('like a chain... organisations tend to operate'))).toBe(false);
  });

  it('counts each part of a hyphenated word and keeps a decimal number whole', () => {
    expect(wordsOf('top-down at 26.2%')).toEqual(['top', 'down', 'at', '262']);
  });

  it('reports a run of the given length once, at its full length, and nothing shorter', () => {
    const copied = 'As staff put it, healthcare organisations tend to operate as top-down structures, whereby information is fed down, they said.';
    expect(copiedRuns([copied], [source], 12)).toEqual([
      { words: 'healthcare organisations tend to operate as top down structures whereby information is fed down', length: 14, source: 'source.txt' },
    ]);
    expect(copiedRuns(['healthcare organisations tend to operate as top-down structures'], [source], 12)).toEqual([]);
  });
});
