import { describe, expect, it } from 'vitest';
import { enGB } from '../../src/messages/en-GB.ts';
import { messagesFor } from '../../src/messages/languages.ts';

describe('messages', () => {
  it("gives the site's language its own file's text", () => {
    expect(messagesFor('en-GB')).toBe(enGB);
  });

  it('stops at a language with no file, naming the file to add', () => {
    expect(() => messagesFor('cy-GB')).toThrow(/locale "cy-GB".*Add src\/messages\/cy-GB\.ts/);
  });

  it('words counts in the singular and the plural', () => {
    expect([1, 2].map(enGB.home.guidancePages)).toEqual(['1 guidance page', '2 guidance pages']);
    expect([1, 3].map(enGB.review.pageHistory)).toEqual(['Page history (1 change)', 'Page history (3 changes)']);
  });
});
