/**
 * Writes the download files into the built site (src/citations/downloads/download-files.ts),
 * first of the build-done steps, so the link check finds them.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { collectDownloadFiles, writeDownloadFiles } from '../citations/downloads/download-files.ts';
import { downloadExtensions, downloadFolders } from '../lib/downloads.ts';

/** A download's address without the trailing slash Astro's dev server wants (see astro:server:setup), under any base path, query aside. */
const downloadAddress = new RegExp(`^[^?]*/(?:${Object.values(downloadFolders).join('|')})/[^/?]+\\.(?:${downloadExtensions.join('|')})(?=\\?|$)`);

export default function downloadFiles(): AstroIntegration {
  return {
    name: 'evidence-site:download-files',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') collectDownloadFiles();
      },
      // Astro's dev server answers a dynamic route with a file's extension in
      // its parameter only at the address with a trailing slash, though a
      // build writes the file without one, as pages link it
      // (withastro/astro#17001); so in dev the slash is added.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, _response, next) => {
          if (request.url) request.url = request.url.replace(downloadAddress, '$&/');
          next();
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const written = await writeDownloadFiles(fileURLToPath(dir));
        logger.info(`Wrote ${written} download files (BibTeX, RIS and CSL-JSON).`);
      },
    },
  };
}
