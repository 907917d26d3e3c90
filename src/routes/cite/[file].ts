/** Each content page's own citation as BibTeX, RIS and CSL-JSON ("Cite this page" downloads). */
import type { GetStaticPaths } from 'astro';
import { keyedDownloads } from '../../build/page-cache-key.ts';
import { downloadRoute, downloadStaticPaths } from '../../citations/downloads/formats.ts';
import { pageItem } from '../../citations/page-citations.ts';
import { getCitablePages } from '../../lib/registries.ts';

export const getStaticPaths = (async () => [...(await getCitablePages()).pages.values()].flatMap((page) => {
  const items = [pageItem(page)];
  return keyedDownloads(downloadStaticPaths(page.key, items), items);
})) satisfies GetStaticPaths;

export const GET = downloadRoute;
