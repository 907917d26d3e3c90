import { describe, expect, it } from 'vitest';
import { backLinkLetter, PageCites } from '../../src/citations/render.ts';

describe('links back from a reference to its citations', () => {
  it('letters them as Wikipedia does, past z too', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(backLinkLetter)).toEqual(['a', 'b', 'z', 'aa', 'ab', 'az', 'ba', 'zz', 'aaa']);
  });

  it('numbers a page’s cites in order and remembers each work’s', () => {
    const cites = new PageCites();
    expect(cites.next('a')).toEqual({ link: 'cite-1', preview: 'cite-preview-1' });
    cites.next('b');
    cites.next('a');
    expect(cites.of('a')).toEqual(['cite-1', 'cite-3']);
    expect(cites.of('b')).toEqual(['cite-2']);
    expect(cites.of('c')).toEqual([]);
  });
});
