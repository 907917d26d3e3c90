import { describe, expect, it } from 'vitest';
import { printedParts } from '../../src/print/parts.ts';

const topics = [
  { topic: 'understanding', pages: ['a', 'b', 'c'] },
  { topic: 'making-it-work', pages: ['d', 'e'] },
  { topic: 'evaluation', pages: ['f'] },
];
const shape = (parts: ReturnType<typeof printedParts<string, string>>) => parts.map((part) => part.map(({ topic, pages }) => `${topic}:${pages.join('')}`));

describe('the printed guide in parts', () => {
  it('is one part, every topic whole, where the guide fits', () => {
    expect(shape(printedParts(topics, 6))).toEqual([['understanding:abc', 'making-it-work:de', 'evaluation:f']]);
  });

  it('cuts the pages in topic order into parts of at most the size, a topic running on into the next part', () => {
    expect(shape(printedParts(topics, 2))).toEqual([['understanding:ab'], ['understanding:c', 'making-it-work:d'], ['making-it-work:e', 'evaluation:f']]);
  });

  it('is one empty part for a guide without pages', () => {
    expect(printedParts([], 2)).toEqual([[]]);
  });
});
