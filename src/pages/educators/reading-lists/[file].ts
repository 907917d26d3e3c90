/** Each guidance page's reading list (the works it cites) as BibTeX, RIS and CSL-JSON. */
import type { GetStaticPaths } from 'astro';
import { downloadPaths, downloadRoute } from '../../../citations/downloads/formats.ts';
import { getReadingLists } from '../../../lib/reading-lists.ts';

export const getStaticPaths = (async () => (await getReadingLists()).pages.flatMap(({ entry, items }) => downloadPaths(entry.id, items))) satisfies GetStaticPaths;

export const GET = downloadRoute;
