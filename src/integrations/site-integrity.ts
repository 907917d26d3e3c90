/**
 * The last step of `astro build` (after Pagefind and the sitemap have written
 * their files): stops the build if the site breaks a guarantee in
 * src/build-checks/check-site.ts, listing every problem at once.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { siteProblems } from '../build-checks/check-site.ts';
import { stopBuild } from './stop-build.ts';
import { contentPath } from '../config/site-paths.ts';

export default function siteIntegrity(): AstroIntegration {
  let base = '/';
  let expectSitemap = false;
  return {
    name: 'evidence-site:site-integrity',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        expectSitemap = Boolean(config.site);
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = siteProblems({ dir: fileURLToPath(dir), base, contentDir: contentPath(), expectSitemap });
        if (problems.length > 0) stopBuild([`The built site has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}; each line names the content file or page at fault and what to change:`, '', ...problems]);
        logger.info(`Every content file has one page in the search index${expectSitemap ? ', and the sitemap lists exactly the public pages' : ''}.`);
      },
    },
  };
}
