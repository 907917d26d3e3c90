/**
 * After the build, checks that every internal link and #fragment in dist/
 * resolves, and stops the build if one does not: a reader must never follow
 * a link from the guide to nothing. Broken links written in content/ are
 * reported at their file and line; others come from the templates in src/.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkLinks } from '../links/check-links.ts';
import { linkLocator } from '../links/locate.ts';
import { readContentFiles } from './citation-check.ts';

export default function linkCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'coproduction-kb:link-check',
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
        const locate = linkLocator(readContentFiles(join(process.cwd(), 'content'), process.cwd()));
        const lines = broken.map(({ page, href, reason }) => {
          const written = href.startsWith(base) && base !== '/' ? href.slice(base.length - 1) : href;
          const places = locate(written);
          const where = places.length > 0 ? places.map((p) => `${p.path}:${p.line}:${p.column}`).join(', ') : `a template in src/ (on page ${page})`;
          return `${where}: link to "${written}" is broken: ${reason}.`;
        });
        throw new AstroError(
          `The build stopped: ${broken.length} broken ${broken.length === 1 ? 'link' : 'links'}.\n${[...new Set(lines)].join('\n')}`,
          'Link to pages by their address on the site (e.g. /guidance/power/), and to a heading by its id: the heading text in lowercase with hyphens (e.g. #in-practice).',
        );
      },
    },
  };
}
