import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lostAddressProblems, missingAddresses } from '../../src/redirects/published-urls.ts';
import { readRedirects } from '../../src/redirects/read-redirects.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}/`, import.meta.url));

describe('readRedirects', () => {
  it('sends every old slug of a moved page to its new address', () => {
    expect(readRedirects(fixture('moved page'))).toEqual({
      redirects: {
        '/guidance/power/': '/guidance/power-and-influence/',
        '/guidance/who-holds-power/': '/guidance/power-and-influence/',
      },
      problems: [],
    });
  });

  it('reads the redirects of a page saved with a byte-order mark and Windows line endings, as Astro reads its page', () => {
    expect(readRedirects(fixture('a page saved with a byte-order mark'))).toEqual({ redirects: { '/guidance/who-holds-power/': '/guidance/power/' }, problems: [] });
  });

  it('refuses a redirect from the address of a page that still exists, at the line that asks for it', () => {
    expect(readRedirects(fixture('redirect to a live page'))).toEqual({
      redirects: {},
      problems: [{ path: 'content/guidance/a.mdx', line: 3, column: 16, message: 'redirectFrom "b" is the address of a page that still exists. Remove it from redirectFrom.' }],
    });
  });
});

describe('published addresses', () => {
  const site = new Set(['/', '/guidance/new/']);

  it('finds the published addresses that vanished; a new page needs no record', () => {
    expect(missingAddresses(['/', '/guidance/power/'], site)).toEqual(['/guidance/power/']);
  });

  it('names each vanished address at its line in content/published-urls.txt, and how to keep it', () => {
    const problems = lostAddressProblems('# Every address...\n/\n\n/guidance/power/\n', site);
    expect(problems.map(({ path, line, column }) => `${path}:${line}:${column}`)).toEqual(['content/published-urls.txt:4:1']);
    expect(problems[0]!.message).toMatch(/^\/guidance\/power\/ was published, and no page or redirect has this address now\. Add the old slug to redirectFrom/);
  });
});
