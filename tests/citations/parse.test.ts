import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCitations, parseLocator } from '../../src/citations/parse.ts';

const keysOf = (text: string) => findCitations(text).map((c) => [c.kind, c.items.map((i) => i.key)]);

describe('findCitations', () => {
  it('reads a bracketed citation with one key', () => {
    expect(findCitations('Shared power [@makey2022].')).toEqual([
      { kind: 'parenthetical', items: [{ key: 'makey2022', prefix: '', suffix: '', suppressAuthor: false }], start: 13, end: 25 },
    ]);
  });

  it('reads several keys separated by semicolons', () => {
    expect(keysOf('[@a; @b; @c]')).toEqual([['parenthetical', ['a', 'b', 'c']]]);
  });

  it('reads a prefix, a page locator and a suffix', () => {
    expect(findCitations('[see @key, p. 3 for a survey]')[0]!.items[0]).toEqual({
      key: 'key', prefix: 'see', locator: '3', label: 'page', suffix: ' for a survey', suppressAuthor: false,
    });
  });

  it.each([
    [', p. 33', { locator: '33', label: 'page', suffix: '' }],
    [', pp. 33-35', { locator: '33-35', label: 'page', suffix: '' }],
    [', pp. 33 – 35', { locator: '33–35', label: 'page', suffix: '' }],
    [', ch. 2', { locator: '2', label: 'chapter', suffix: '' }],
    [', sec. 4', { locator: '4', label: 'section', suffix: '' }],
    [', 33', { locator: '33', label: 'page', suffix: '' }],
    [', for example', { suffix: ', for example' }],
  ])('reads the locator in "%s"', (suffix, expected) => {
    expect(parseLocator(suffix)).toEqual(expected);
  });

  it('reads a suppressed-author citation', () => {
    expect(findCitations('[-@cahn2004]')[0]!.items[0]!.suppressAuthor).toBe(true);
  });

  it('reads a narrative citation and leaves trailing punctuation out of the key', () => {
    expect(keysOf('As @webb2021 found. Later, @makey2022.')).toEqual([
      ['narrative', ['webb2021']],
      ['narrative', ['makey2022']],
    ]);
  });

  it('reads a locator in brackets straight after a narrative citation', () => {
    const [citation] = findCitations('@webb2021 [p. 4] says');
    expect(citation!.items[0]).toMatchObject({ key: 'webb2021', locator: '4', label: 'page' });
    expect(citation!.end).toBe(16);
  });

  it('leaves e-mail addresses alone', () => {
    expect(findCitations('Write to someone@nhs.net today.')).toEqual([]);
  });

  it('leaves an escaped @ alone', () => {
    const text = 'Follow @nhsengland';
    expect(findCitations(text, (index) => index === 7)).toEqual([]);
  });

  it('leaves brackets without a citation alone', () => {
    expect(findCitations('[not a citation] and [a, b]')).toEqual([]);
  });

  it('never throws and finds nothing in text without an @', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const citations = findCitations(text);
        if (!text.includes('@')) expect(citations).toEqual([]);
        for (const citation of citations) expect(text.slice(citation.start, citation.end)).toContain('@');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on text built from citation syntax', () => {
    const pieces = fc.constantFrom('[', ']', '@', '-@', ';', ', p. ', '12', 'key', ' ', '\\', '{', '}', 'see ', '.', 'ü');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => void findCitations(parts.join(''))), { numRuns: 2000 });
  });
});
