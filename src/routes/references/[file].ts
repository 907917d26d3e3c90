/**
 * Bibliography downloads: the whole bibliography as references.bib, .ris and
 * .json (CSL-JSON), and each entry as <key>.bib, .ris and .json, ready to
 * import into Zotero, EndNote or Mendeley, or to use with pandoc.
 */
import type { GetStaticPaths } from 'astro';
import { keyedDownloads } from '../../build/page-cache-key.ts';
import { citationContext } from '../../citations/context.ts';
import { downloadRoute, downloadStaticPaths } from '../../citations/downloads/formats.ts';

export const getStaticPaths = (() => {
  const all = [...citationContext().bibliography.items.values()];
  return [...keyedDownloads(downloadStaticPaths('references', all), all), ...all.flatMap((item) => keyedDownloads(downloadStaticPaths(item.id, [item]), [item]))];
}) satisfies GetStaticPaths;

export const GET = downloadRoute;
