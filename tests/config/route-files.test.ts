import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { routesToInject, sitePageAt } from '../../src/config/route-files.ts';

const routes = fileURLToPath(new URL('../../src/routes/', import.meta.url));
const patterns = (sitePages: string) => routesToInject(routes, fileURLToPath(new URL(sitePages, import.meta.url))).map(({ pattern }) => pattern);

describe("the generator's routes", () => {
  it('are injected at the addresses their files give, when the site has no pages of its own', () => {
    const all = patterns('./a-site-with-no-pages/src/pages/');
    expect(all).toContain('/');
    expect(all).toContain('/about/[...index]');
    expect(all).toContain('/404');
    expect(all).toContain('/guidance/[...slug]');
    expect(all).toContain('/references/[file]');
  });

  it('route an index page that gives a cache key at [...index] in its folder, so that Astro calls its getStaticPaths(), and other index pages at their folder', () => {
    const all = patterns('./a-site-with-no-pages/src/pages/');
    for (const keyed of ['/about/[...index]', '/print/[...index]', '/references/[...index]', '/educators/[...index]']) expect(all).toContain(keyed);
    expect(all).toContain('/');
    expect(all).not.toContain('/about');
  });

  it("leave out a page the site replaces with its own at the same address, and only that one", () => {
    const all = patterns('./a-site-with-no-pages/src/pages/');
    expect(patterns('./a-site-that-replaces-the-about-page/src/pages/')).toEqual(all.filter((pattern) => pattern !== '/about/[...index]'));
  });

  it("are known by the address a site's own page replaces", () => {
    const sitePages = fileURLToPath(new URL('./a-site-that-replaces-the-about-page/src/pages/', import.meta.url));
    expect(sitePageAt(sitePages, '/about/')).toBe('about.astro');
    expect(sitePageAt(sitePages, '/accessibility/')).toBeUndefined();
    expect(sitePageAt(fileURLToPath(new URL('./a-site-with-no-pages/src/pages/', import.meta.url)), '/about/')).toBeUndefined();
  });
});
