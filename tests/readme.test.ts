import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const commandBlocks = [...read('README.md').matchAll(/```sh\n([^\n]+)\n```/g)].map((match) => match[1]);

describe('README', () => {
  it('opens with the install-and-build command and the install-and-test command', () => {
    expect(commandBlocks.slice(0, 2)).toEqual(['npm install && npm run build', 'npm install && npm test']);
  });

  it('gives CI the same test command, verbatim', () => {
    expect(read('.ci/run').split('\n')).toContain(commandBlocks[1]);
  });
});
