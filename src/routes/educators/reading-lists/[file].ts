/** Each guidance page's reading list (the works it cites) as BibTeX, RIS and CSL-JSON. */
import type { GetStaticPaths } from 'astro';
import { downloadFolders } from '../../../lib/downloads.ts';
import { downloadRoutes } from '../../../citations/downloads/download-files.ts';
import { downloadRoute } from '../../../citations/downloads/formats.ts';
import { getReadingLists } from '../../../lib/reading-lists.ts';

export const getStaticPaths = (async () => downloadRoutes(downloadFolders.pageReadingLists, (await getReadingLists()).pages.map(({ entry, items }) => ({ name: entry.id, items })))) satisfies GetStaticPaths;

export const GET = downloadRoute;
