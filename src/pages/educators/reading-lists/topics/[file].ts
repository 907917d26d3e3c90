/** Each topic's reading list (the works its guidance pages cite) as BibTeX, RIS and CSL-JSON. */
import type { GetStaticPaths } from 'astro';
import { downloadPaths, downloadRoute } from '../../../../citations/downloads/formats.ts';
import { getReadingLists } from '../../../../lib/reading-lists.ts';

export const getStaticPaths = (async () =>
  (await getReadingLists()).topics.filter(({ items }) => items.length > 0).flatMap(({ topic, items }) => downloadPaths(topic.id, items))) satisfies GetStaticPaths;

export const GET = downloadRoute;
