/**
 * Builds the Pagefind search index as the last step of `astro build`, through
 * Pagefind's Node API, so there is no second command to forget. Any indexing
 * error fails the build: a site whose search silently misses pages is broken.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

export default function pagefind(): AstroIntegration {
  return {
    name: 'coproduction-kb:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const sitePath = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: sitePath });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${sitePath}/pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Read ${added.page_count} HTML files and wrote the search index in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await close();
        }
      },
    },
  };
}
