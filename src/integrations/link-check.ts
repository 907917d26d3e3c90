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
import { fileURLToPath } from 'node:url';
import { readContentFiles } from '../content-checks/content-files.ts';
import { checkLinks } from '../links/check-links.ts';
import { linkLocator } from '../links/locate.ts';
import { brokenLinkMessage } from '../links/resolve.ts';
import { stopBuild } from './stop-build.ts';
import { contentPath, siteRoot } from '../config/site-paths.ts';

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
        const locate = linkLocator(readContentFiles(contentPath(), siteRoot()));
        const lines = broken.map(({ page, href, reason }) => {
          const written = href.startsWith(base) && base !== '/' ? href.slice(base.length - 1) : href;
          const message = brokenLinkMessage(written, reason);
          const places = locate(written);
          if (places.length === 0) return `The page ${page}: ${message} The site's templates make this link, not content/: report it to the site's developers.`;
          return places.map(({ path, line, column }) => `${path}:${line}:${column}: ${message}`).join('\n');
        });
        const unique = [...new Set(lines)];
        stopBuild([`${unique.length} broken ${unique.length === 1 ? 'link' : 'links'}:`, '', ...unique]);
      },
    },
  };
}
