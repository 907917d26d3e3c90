/** Each content page's own citation as BibTeX and RIS ("Cite this page" downloads). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportItems } from '../../citations/citation-js.ts';
import { pageItem, type CitablePage } from '../../citations/page-citations.ts';
import { itemFormats } from '../../lib/downloads.ts';
import { getCitablePages } from '../../lib/registries.ts';

const types = { bib: 'application/x-bibtex; charset=utf-8', ris: 'application/x-research-info-systems; charset=utf-8' };

export const getStaticPaths = (async () => {
  const { pages } = await getCitablePages();
  return [...pages.values()].flatMap((page) => itemFormats.map((extension) => ({ params: { file: `${page.key}.${extension}` }, props: { page, extension } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: CitablePage; extension: keyof typeof types }> = ({ props }) =>
  new Response(exportItems([pageItem(props.page)], props.extension === 'bib' ? 'bibtex' : 'ris'), { headers: { 'Content-Type': types[props.extension] } });
