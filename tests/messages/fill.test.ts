import { describe, expect, it } from 'vitest';
import { fill, fillNodes, plural } from '../../src/messages/fill.ts';
import { enGB } from '../../src/messages/en-GB.ts';

describe('messages with values in them', () => {
  it('fills each {placeholder}, and leaves one with no value as written', () => {
    expect(fill('No pages match "{query}"{within}.', { query: 'trust', within: '' })).toBe('No pages match "trust".');
    expect(fill('Showing {works} of {total}.', { works: '3 works' })).toBe('Showing 3 works of {total}.');
  });

  it("picks a count's form by the language's plural rules", () => {
    const script = enGB.search.script;
    expect([1, 2, 0].map((count) => plural(script.pagesMatch, count, 'en-GB', { query: 'trust', within: '' }))).toEqual([
      '1 page matches "trust".',
      '2 pages match "trust".',
      '0 pages match "trust".',
    ]);
    // Welsh has more forms than "one" and "other"; a form the message lacks falls back to "other".
    expect(plural({ one: '{count} gwaith', two: '{count} waith', other: '{count} o weithiau' }, 2, 'cy')).toBe('2 waith');
    expect(plural({ one: '{count} gwaith', other: '{count} o weithiau' }, 3, 'cy')).toBe('3 o weithiau');
  });

  it('puts nodes where their placeholders are', () => {
    const strong = { node: 'strong' };
    const link = { node: 'a' };
    expect(fillNodes(enGB.search.script.correctedTo, { corrected: strong, instead: link })).toEqual(['Showing results for ', strong, '. ', link]);
  });

  it("gives browser scripts only text, so that their messages travel as JSON", () => {
    const script = enGB.search.script;
    expect(JSON.parse(JSON.stringify(script))).toEqual(script);
    const map = { worksCount: enGB.evidenceMap.worksCount, showing: enGB.evidenceMap.showing };
    expect(JSON.parse(JSON.stringify(map))).toEqual(map);
  });
});
