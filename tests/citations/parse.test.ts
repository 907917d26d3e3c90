import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { affixText, findCitations, type CitationItem } from '../../src/citations/parse.ts';
import { locators } from './context.ts';

const find = (text: string, isEscaped?: (index: number) => boolean) => findCitations(text, { locators, ...(isEscaped ? { isEscaped } : {}) });
const keysOf = (text: string) => find(text).map((c) => [c.kind, c.items.map((i) => i.key)]);
/** An item as a reader of the source would describe it. */
const described = (item: CitationItem) => ({
  key: item.key,
  mode: item.mode,
  prefix: affixText(item.prefix),
  suffix: affixText(item.suffix),
  ...(item.locator ? { locator: item.locator, label: item.label } : {}),
});
const items = (text: string) => find(text).flatMap((citation) => citation.items.map(described));

describe('findCitations', () => {
  it('reads a bracketed citation with one key, and where it is', () => {
    const [citation] = find('Shared power [@makey2022].');
    expect(citation).toMatchObject({ kind: 'parenthetical', start: 13, end: 25 });
    expect(citation!.items.map(described)).toEqual([{ key: 'makey2022', mode: 'normal', prefix: '', suffix: '' }]);
  });

  it('reads several keys separated by semicolons', () => {
    expect(keysOf('Blah blah [@doe99; @smith2000; @smith2004].')).toEqual([['parenthetical', ['doe99', 'smith2000', 'smith2004']]]);
  });

  it("reads the pandoc manual's prefix, locator and suffix example", () => {
    expect(items('Blah blah [see @doe99, pp. 33-35 and *passim*; @smith04, chap. 1].')).toEqual([
      { key: 'doe99', mode: 'normal', prefix: 'see', locator: '33-35', label: 'page', suffix: ' and *passim*' },
      { key: 'smith04', mode: 'normal', prefix: '', locator: '1', label: 'chapter', suffix: '' },
    ]);
  });

  it.each([
    [', p. 33', { locator: '33', label: 'page', suffix: '' }],
    [', pp. 33-35, 38-39 and *passim*', { locator: '33-35, 38-39', label: 'page', suffix: ' and *passim*' }],
    [', ch. 2', { suffix: ', ch. 2' }],
    [', chap. 2', { locator: '2', label: 'chapter', suffix: '' }],
    [', sec. 4', { locator: '4', label: 'section', suffix: '' }],
    [', § 4', { locator: '4', label: 'section', suffix: '' }],
    [', para. 12', { locator: '12', label: 'paragraph', suffix: '' }],
    [', vol. iv', { locator: 'iv', label: 'volume', suffix: '' }],
    [', 33', { locator: '33', label: 'page', suffix: '' }],
    [', for example', { suffix: ', for example' }],
    [' and more', { suffix: ' and more' }],
    [', {iv, 3}', { locator: 'iv, 3', label: 'page', suffix: '' }],
    ['{ii, A, D-Z}, with a suffix', { locator: 'ii, A, D-Z', label: 'page', suffix: ', with a suffix' }],
    [', {pp. iv, vi-xi, (xv)-(xvii)} with suffix here', { locator: 'iv, vi-xi, (xv)-(xvii)', label: 'page', suffix: ' with suffix here' }],
    ['{}, 99 years later', { suffix: ', 99 years later' }],
  ])('reads the locator in [@key%s] as pandoc 2.17 does', (suffix, expected) => {
    const [item] = items(`[@key${suffix}]`);
    expect(item).toEqual({ key: 'key', mode: 'normal', prefix: '', ...expected });
  });

  it('reads a suppressed-author citation, bracketed and narrative', () => {
    expect(items('Smith says blah [-@smith04]. And -@doe99 too.').map((item) => item.mode)).toEqual(['suppress-author', 'suppress-author']);
  });

  it('reads a narrative citation and leaves trailing punctuation out of the key', () => {
    expect(keysOf('As @webb2021 found. Later, @makey2022.')).toEqual([
      ['narrative', ['webb2021']],
      ['narrative', ['makey2022']],
    ]);
  });

  it('reads a locator, and more citations, in brackets straight after a narrative citation', () => {
    const [citation] = find('@webb2021 [p. 4] says');
    expect(citation!.items.map(described)).toEqual([{ key: 'webb2021', mode: 'author-in-text', prefix: '', locator: '4', label: 'page', suffix: '' }]);
    expect(citation!.end).toBe(16);
    expect(keysOf('@smith04 [p. 33; @doe99] and @smith04 [@doe99]')).toEqual([
      ['narrative', ['smith04', 'doe99']],
      ['narrative', ['smith04', 'doe99']],
    ]);
  });

  it('reads keys as pandoc does: internal punctuation, no trailing punctuation, braces for anything else', () => {
    expect(keysOf('@Foo_bar.baz. and @{Foo_bar.baz.} and @Foo_bar--baz and [@{https://example.com/bib?name=foobar&date=2000}, p.  33]').map(([, keys]) => keys)).toEqual([
      ['Foo_bar.baz'],
      ['Foo_bar.baz.'],
      ['Foo_bar'],
      ['https://example.com/bib?name=foobar&date=2000'],
    ]);
  });

  it('reads markup (here a placeholder for an inline node) in a prefix and a suffix', () => {
    expect(items('[\uFFFC @doe99, p. 3] and [@doe99, p. 3 \uFFFC]')).toEqual([
      { key: 'doe99', mode: 'normal', prefix: '\uFFFC', locator: '3', label: 'page', suffix: '' },
      { key: 'doe99', mode: 'normal', prefix: '', locator: '3', label: 'page', suffix: ' \uFFFC' },
    ]);
  });

  it('leaves e-mail addresses alone', () => {
    expect(find('Write to someone@nhs.net today.')).toEqual([]);
  });

  it('leaves an escaped @ alone, and reads \\[@key\\] as a narrative citation in literal brackets', () => {
    expect(find('Follow @nhsengland', (index) => index === 7)).toEqual([]);
    const text = '[@doe99]';
    expect(find(text, (index) => index === 0 || index === text.length - 1).map((citation) => citation.kind)).toEqual(['narrative']);
  });

  it('leaves brackets without a citation, links and spans alone', () => {
    expect(find('[not a citation] and [a, b]')).toEqual([]);
    expect(keysOf('[@doe99](https://example.org) [@doe99]{.class}')).toEqual([
      ['narrative', ['doe99']],
      ['narrative', ['doe99']],
    ]);
  });

  it('never throws and finds nothing in text without an @', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const citations = find(text);
        if (!text.includes('@')) expect(citations).toEqual([]);
        for (const citation of citations) expect(text.slice(citation.start, citation.end)).toContain('@');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on text built from citation syntax', () => {
    const pieces = fc.constantFrom('[', ']', '@', '-@', ';', ', p. ', '12', 'key', ' ', '\\', '{', '}', 'see ', '.', 'ü', '\uFFFC', 'iv', 'pp.');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => void find(parts.join(''))), { numRuns: 2000 });
  });
});
