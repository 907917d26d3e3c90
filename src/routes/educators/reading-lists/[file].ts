/** Each guidance page's reading list (the works it cites) as BibTeX, RIS and CSL-JSON. */
import type { GetStaticPaths } from 'astro';
import { keyedDownloads } from '../../../build/page-cache-key.ts';
import { downloadRoute, downloadStaticPaths } from '../../../citations/downloads/formats.ts';
import { getReadingLists } from '../../../lib/reading-lists.ts';

export const getStaticPaths = (async () => (await getReadingLists()).pages.flatMap(({ entry, items }) => keyedDownloads(downloadStaticPaths(entry.id, items), items))) satisfies GetStaticPaths;

export const GET = downloadRoute;
