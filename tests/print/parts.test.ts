import { describe, expect, it } from 'vitest';
import { guideTopics, printedParts } from '../../src/print/parts.ts';

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

  it('groups the pages under their topics, both in the order given, leaving out a topic without pages', () => {
    const pages = [{ id: 'b', topic: 'second' }, { id: 'a', topic: 'first' }, { id: 'c', topic: 'second' }];
    expect(guideTopics(['first', 'empty', 'second'], pages, (page, topic) => page.topic === topic).map(({ topic, pages }) => `${topic}:${pages.map((page) => page.id).join('')}`)).toEqual(['first:a', 'second:bc']);
  });
});
