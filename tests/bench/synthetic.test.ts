import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/citations/parse.ts';
import { corpus, ourContent } from '../../scripts/bench/corpus.ts';
import { syntheticGuidance } from '../../scripts/bench/synthetic.ts';

describe('benchmark corpus', () => {
  it('is the same, byte for byte, for the same seed', () => {
    expect(JSON.stringify(ourContent(corpus(20).pages, corpus(20).works))).toBe(JSON.stringify(ourContent(corpus(20).pages, corpus(20).works)));
  });

  it('differs for another seed', () => {
    const keys = corpus(1).works.map((work) => work.id);
    expect(syntheticGuidance(5, keys, 3)).not.toEqual(syntheticGuidance(5, keys, 4));
  });

  it('has N guidance pages, 3 to 10 citations each, drawn from 300+ works', () => {
    const { works, pages } = corpus(50);
    expect(works.length).toBeGreaterThanOrEqual(300);
    expect(Object.keys(ourContent(pages, works)).filter((path) => path.startsWith('guidance/'))).toHaveLength(50);
    const keys = new Set(works.map((work) => work.id));
    for (const { body } of pages) {
      const citations = findCitations(body);
      expect(citations.length).toBeGreaterThanOrEqual(3);
      expect(citations.length).toBeLessThanOrEqual(10);
      expect(citations.flatMap((c) => c.items).every((item) => keys.has(item.key))).toBe(true);
    }
  });

  it('writes every pandoc citation form', () => {
    const text = corpus(30).pages.map((page) => page.body).join('\n');
    expect(text).toMatch(/\[@[\w.-]+, p\. \d+\]/);
    expect(text).toMatch(/(?<!\[)@[\w.-]+ found/);
    expect(text).toMatch(/\[-@[\w.-]+\]/);
    expect(text).toMatch(/\[see @[\w.-]+; @[\w.-]+\]/);
    expect(text).toMatch(/\[@[\w.-]+; @[\w.-]+\]/);
    expect(text).toMatch(/\[see @[\w.-]+, pp\. \d+-\d+ for examples\]/);
  });

  it('reads as realistic guidance: headings, lists and tables, about 10 KB a page on average', () => {
    const bodies = corpus(40).pages.map((page) => page.body);
    for (const body of bodies) expect(body).toMatch(/^## /m);
    const average = bodies.reduce((sum, body) => sum + body.length, 0) / bodies.length;
    expect(average).toBeGreaterThan(6_000);
    expect(average).toBeLessThan(14_000);
    const text = bodies.join('\n');
    expect(text).toMatch(/^- /m);
    expect(text).toMatch(/^\| Point \| Source \|$/m);
  });
});
