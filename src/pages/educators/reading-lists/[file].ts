/** Each guidance page's reading list (the works it cites) as BibTeX, RIS and CSL-JSON. */
import type { GetStaticPaths } from 'astro';
import { downloadRoute, downloadStaticPaths } from '../../../citations/downloads/formats.ts';
import { getReadingLists } from '../../../lib/reading-lists.ts';

export const getStaticPaths = (async () => (await getReadingLists()).pages.flatMap(({ entry, items }) => downloadStaticPaths(entry.id, items))) satisfies GetStaticPaths;

export const GET = downloadRoute;
