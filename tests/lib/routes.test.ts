import { describe, expect, it } from 'vitest';
import { siteRoutes } from '../../src/lib/routes.ts';

describe('siteRoutes', () => {
  it('puts every address under the base path, with or without its closing slash', () => {
    for (const base of ['/kb/', '/kb']) {
      const { href, routes, entryRoutes } = siteRoutes(base);
      expect(href('/educators/')).toBe('/kb/educators/');
      expect(routes.home()).toBe('/kb/');
      expect(entryRoutes['case-studies']('liverpool-co-pars')).toBe('/kb/case-studies/liverpool-co-pars/');
    }
  });
});
