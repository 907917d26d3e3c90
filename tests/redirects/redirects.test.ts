import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareWithPublished } from '../../src/redirects/published-urls.ts';
import { readRedirects } from '../../src/redirects/read-redirects.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}/`, import.meta.url));

describe('readRedirects', () => {
  it('sends every old slug of a moved page to its new address', () => {
    expect(readRedirects(fixture('moved page'))).toEqual({
      '/guidance/power/': '/guidance/power-and-influence/',
      '/guidance/who-holds-power/': '/guidance/power-and-influence/',
    });
  });

  it('refuses a redirect from the address of a page that still exists', () => {
    expect(() => readRedirects(fixture('redirect to a live page'))).toThrow(
      'content/guidance/a.mdx: redirectFrom "b" is the address of a page that still exists. Remove it from redirectFrom.',
    );
  });
});

describe('compareWithPublished', () => {
  it('finds published addresses that vanished and new ones not yet recorded', () => {
    expect(compareWithPublished(['/', '/guidance/power/'], ['/', '/guidance/new/'])).toEqual({
      missing: ['/guidance/power/'],
      unrecorded: ['/guidance/new/'],
    });
  });
});
