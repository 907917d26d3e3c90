/**
 * After the build, checks that every internal link and #fragment in dist/
 * resolves, and stops the build if one does not: a reader must never follow
 * a link from the guide to nothing. Links written in content/ were checked
 * before the build, from the sources, by the same rule (src/links/resolve.ts);
 * what is left to find here is a link the site's templates make, or one the
 * sources' view of the site missed, which is then reported where it is
 * written in content/.
 */
import type { AstroIntegration } from 'astro';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentFiles } from '../content-checks/content-files.ts';
import { checkLinks } from '../links/check-links.ts';
import { linkLocator } from '../links/locate.ts';
import { brokenLinkReport } from '../links/broken-link-report.ts';
import { stopBuild } from './stop-build.ts';
import { sitePageAt } from '../config/route-files.ts';
import { contentPath, sitePagesPath, siteRoot } from '../config/site-paths.ts';

export default function linkCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'evidence-site:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const broken = checkLinks(fileURLToPath(dir), base);
        if (broken.length === 0) {
          logger.info('Every internal link and #fragment resolves.');
          return;
        }
        const unique = brokenLinkReport(broken, base, {
          locate: linkLocator(readContentFiles(contentPath(), siteRoot())),
          replacementAt: (address) => {
            const page = sitePageAt(sitePagesPath(), address);
            return page && relative(siteRoot(), join(sitePagesPath(), page));
          },
        });
        stopBuild([`${unique.length} broken ${unique.length === 1 ? 'link' : 'links'}:`, '', ...unique]);
      },
    },
  };
}
