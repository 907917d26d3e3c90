/**
 * Bibliography downloads: the whole bibliography as references.bib, .ris and
 * .json (CSL-JSON), and each entry as <key>.bib, .ris and .json, ready to
 * import into Zotero, EndNote or Mendeley, or to use with pandoc.
 */
import type { GetStaticPaths } from 'astro';
import { downloadFolders } from '../../lib/downloads.ts';
import { citationContext } from '../../citations/context.ts';
import { downloadRoutes } from '../../citations/downloads/download-files.ts';
import { downloadRoute } from '../../citations/downloads/formats.ts';

export const getStaticPaths = (() => {
  const all = [...citationContext().bibliography.items.values()];
  return downloadRoutes(downloadFolders.references, [{ name: 'references', items: all }, ...all.map((item) => ({ name: item.id, items: [item] }))]);
}) satisfies GetStaticPaths;

export const GET = downloadRoute;
