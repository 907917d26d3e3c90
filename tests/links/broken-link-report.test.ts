import { describe, expect, it } from 'vitest';
import { brokenLinkReport, type BrokenLinkSources } from '../../src/links/broken-link-report.ts';

const noSitePages: BrokenLinkSources = { locate: () => [], replacementAt: () => undefined };
const feedback = (page: string) => ({ page, href: '/about/#feedback', reason: '/about/ has no section with the id "feedback".' });

describe("the build's broken-link report", () => {
  it('names a link written in content/ where it is written', () => {
    const sources: BrokenLinkSources = { ...noSitePages, locate: (href) => (href === '/guidance/powr/' ? [{ path: 'content/guidance/a.md', line: 4, column: 10 }] : []) };
    expect(brokenLinkReport([{ page: '/guidance/a/', href: '/guidance/powr/', reason: 'no page has the address /guidance/powr/. Did you mean /guidance/power/?' }], '/', sources)).toEqual([
      'content/guidance/a.md:4:10: Link to "/guidance/powr/" is broken: no page has the address /guidance/powr/. Did you mean /guidance/power/?',
    ]);
  });

  it("gives a link the templates make on many pages once, with the pages it is on", () => {
    const report = brokenLinkReport(['/a/', '/b/', '/c/', '/d/', '/e/'].map(feedback), '/', noSitePages);
    expect(report).toEqual([
      `5 pages (/a/, /b/, /c/ and 2 more): Link to "/about/#feedback" is broken: /about/ has no section with the id "feedback". The site's templates make this link, not content/: report it to the site's developers.`,
    ]);
    expect(brokenLinkReport([feedback('/a/')], '/', noSitePages)[0]).toMatch(/^The page \/a\/: /);
  });

  it("names the site's own page that replaces the generator's, as what lacks what the link needs", () => {
    const sources: BrokenLinkSources = { ...noSitePages, replacementAt: (address) => (address === '/about/' ? 'src/pages/about.astro' : undefined) };
    expect(brokenLinkReport([feedback('/a/'), feedback('/b/')], '/', sources)).toEqual([
      `2 pages (/a/, /b/): Link to "/about/#feedback" is broken: /about/ has no section with the id "feedback". The generator's pages make this link, to src/pages/about.astro, the site's own page in place of the generator's: give that page what the link needs, as the generator's page at /about/ has it.`,
    ]);
  });

  it('reports addresses without the base path, as they are written', () => {
    const sources: BrokenLinkSources = { ...noSitePages, replacementAt: (address) => (address === '/about/' ? 'src/pages/about.astro' : undefined) };
    expect(brokenLinkReport([{ ...feedback('/a/'), href: '/kb/about/#feedback' }], '/kb/', sources)[0]).toContain('Link to "/about/#feedback"');
    expect(brokenLinkReport([{ ...feedback('/a/'), href: '/kb/about/#feedback' }], '/kb/', sources)[0]).toContain('to src/pages/about.astro');
  });
});
