/** Each topic's reading list (the works its guidance pages cite) as BibTeX, RIS and CSL-JSON. */
import type { GetStaticPaths } from 'astro';
import { downloadFolders } from '../../../../lib/downloads.ts';
import { downloadRoutes } from '../../../../citations/downloads/download-files.ts';
import { downloadRoute } from '../../../../citations/downloads/formats.ts';
import { getReadingLists } from '../../../../lib/reading-lists.ts';

export const getStaticPaths = (async () => downloadRoutes(downloadFolders.topicReadingLists, (await getReadingLists()).topics.map(({ topic, items }) => ({ name: topic.id, items })))) satisfies GetStaticPaths;

export const GET = downloadRoute;
