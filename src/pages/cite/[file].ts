/** Each content page's own citation as BibTeX, RIS and CSL-JSON ("Cite this page" downloads). */
import type { GetStaticPaths } from 'astro';
import { downloadRoute, downloadStaticPaths } from '../../citations/downloads/formats.ts';
import { pageItem } from '../../citations/page-citations.ts';
import { getCitablePages } from '../../lib/registries.ts';

export const getStaticPaths = (async () => [...(await getCitablePages()).pages.values()].flatMap((page) => downloadStaticPaths(page.key, [pageItem(page)]))) satisfies GetStaticPaths;

export const GET = downloadRoute;
