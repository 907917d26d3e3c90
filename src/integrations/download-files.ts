/**
 * Writes the download files into the built site (src/citations/downloads/download-files.ts),
 * first of the build-done steps, so the link check finds them.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { collectDownloadFiles, writeDownloadFiles } from '../citations/downloads/download-files.ts';

export default function downloadFiles(): AstroIntegration {
  return {
    name: 'evidence-site:download-files',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') collectDownloadFiles();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const written = await writeDownloadFiles(fileURLToPath(dir));
        logger.info(`Wrote ${written} download files (BibTeX, RIS and CSL-JSON).`);
      },
    },
  };
}
