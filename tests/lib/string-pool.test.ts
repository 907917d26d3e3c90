import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { StringPool } from '../../src/lib/string-pool.ts';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Heap bytes still held, after a full collection, by what `keep` returns from a 40 MB page. */
function heldFromLargePage(keep: (id: string) => string): number {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const page = `<p id="a-heading-of-some-length">${'x'.repeat(40 * 2 ** 20)}</p>`;
  const kept = keep(/id="([^"]*)"/.exec(page)![1]!);
  collectGarbage();
  const held = process.memoryUsage().heapUsed - before;
  expect(kept).toBe('a-heading-of-some-length');
  return held;
}

describe('StringPool', () => {
  it('keeps a string taken from a large text without keeping the text', () => {
    // The control shows the trap the pool exists for: a match holds its page.
    expect(heldFromLargePage((id) => id)).toBeGreaterThan(30 * 2 ** 20);
    const pool = new StringPool();
    expect(heldFromLargePage((id) => pool.intern(id))).toBeLessThan(2 ** 20);
  });

  it('gives back the same text, once per distinct string', () => {
    const pool = new StringPool();
    expect(pool.intern('/guidance/power/#evidence')).toBe('/guidance/power/#evidence');
    expect(pool.intern('café–x')).toBe('café–x');
    expect(pool.intern('')).toBe('');
    expect(pool.intern('lone \ud800 surrogate')).toBe('lone \ud800 surrogate');
  });
});
