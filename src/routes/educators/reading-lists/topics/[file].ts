/** Each topic's reading list (the works its guidance pages cite) as BibTeX, RIS and CSL-JSON. */
import type { GetStaticPaths } from 'astro';
import { keyedDownloads } from '../../../../build/page-cache-key.ts';
import { downloadRoute, downloadStaticPaths } from '../../../../citations/downloads/formats.ts';
import { getReadingLists } from '../../../../lib/reading-lists.ts';

export const getStaticPaths = (async () => (await getReadingLists()).topics.flatMap(({ topic, items }) => keyedDownloads(downloadStaticPaths(topic.id, items), items))) satisfies GetStaticPaths;

export const GET = downloadRoute;
