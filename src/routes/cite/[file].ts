/** Each content page's own citation as BibTeX, RIS and CSL-JSON ("Cite this page" downloads). */
import type { GetStaticPaths } from 'astro';
import { downloadFolders } from '../../lib/downloads.ts';
import { downloadRoutes } from '../../citations/downloads/download-files.ts';
import { downloadRoute } from '../../citations/downloads/formats.ts';
import { pageItem } from '../../citations/page-citations.ts';
import { getCitablePages } from '../../lib/registries.ts';

export const getStaticPaths = (async () => downloadRoutes(downloadFolders.cite, [...(await getCitablePages()).pages.values()].map((page) => ({ name: page.key, items: [pageItem(page)] })))) satisfies GetStaticPaths;

export const GET = downloadRoute;
