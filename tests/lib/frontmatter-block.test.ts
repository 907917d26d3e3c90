import { describe, expect, it } from 'vitest';
import { withoutFrontmatter } from '../../src/citations/scan.ts';
import { frontmatterBlock } from '../../src/lib/frontmatter-block.ts';

describe('frontmatterBlock', () => {
  it('finds the block after a byte-order mark, with Windows line endings', () => {
    expect(frontmatterBlock('\uFEFF---\r\ntitle: A\r\n---\r\nText')).toEqual({ text: 'title: A', closed: true, raw: '\uFEFF---\r\ntitle: A\r\n---\r\n' });
  });

  it('says when the block is never closed, and when there is none', () => {
    expect(frontmatterBlock('---\ntitle: A\n\nText')).toEqual({ text: '', closed: false, raw: '' });
    expect(frontmatterBlock('Text\n---\n')).toBeUndefined();
  });
});

describe('withoutFrontmatter', () => {
  it('blanks the block of a file saved with a byte-order mark, keeping its lines', () => {
    const { body, frontmatter } = withoutFrontmatter('\uFEFF---\r\ntitle: A\r\nredirectFrom: [b]\r\n---\r\n\r\nText [@key].\r\n');
    expect(frontmatter).toBe('title: A\r\nredirectFrom: [b]');
    expect(body).toBe('\n\n\n\n\r\nText [@key].\r\n');
    expect(body.split('\n').findIndex((line) => line.startsWith('Text'))).toBe(5);
  });
});
