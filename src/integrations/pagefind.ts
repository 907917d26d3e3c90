/**
 * Builds the Pagefind search index as the last step of `astro build`, through
 * Pagefind's Node API, so there is no second command to forget. Any indexing
 * error fails the build: a site whose search silently misses pages is broken.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { pagefindGlob } from '../search/pagefind-files.ts';
import { buildVocabulary, readIndexedTexts } from '../search/vocabulary.ts';

/** Where the search page fetches the index's words for "did you mean". */
export const vocabularyFile = 'vocabulary.json';

export default function pagefind(): AstroIntegration {
  return {
    name: 'evidence-site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const sitePath = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const glob = pagefindGlob(sitePath);
          const added = await index.addDirectory(glob ? { path: sitePath, glob } : { path: sitePath });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const outputPath = `${sitePath}/pagefind`;
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          // Pagefind's page_count counts the pages it read, marked or not; the index holds a text for each page in it, read one at a time.
          let pages = 0;
          const vocabulary = buildVocabulary(
            Iterator.from(readIndexedTexts(outputPath)).map((text) => {
              pages += 1;
              return text;
            }),
          );
          writeFileSync(`${outputPath}/${vocabularyFile}`, JSON.stringify(vocabulary));
          logger.info(
            `Indexed ${pages} pages (${Object.keys(vocabulary).length} distinct words) and wrote the search index in ${Math.round(performance.now() - started)} ms.`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
