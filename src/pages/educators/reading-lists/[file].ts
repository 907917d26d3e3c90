/** Each guidance page's reading list (the works it cites) as BibTeX and RIS. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportItems, type CslItem } from '../../../citations/citation-js.ts';
import { citationContext } from '../../../citations/context.ts';
import { getGuidance } from '../../../lib/content.ts';
import { itemFormats } from '../../../lib/downloads.ts';
import { getCitationCounts } from '../../../lib/registries.ts';
import { routes } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const { bibliography } = citationContext();
  const lists = await Promise.all(
    (await getGuidance()).map(async (entry) => {
      const items = [...(await getCitationCounts(routes.guidance(entry.id))).keys()].flatMap((key) => bibliography.items.get(key) ?? []);
      return itemFormats.map((extension) => ({ params: { file: `${entry.id}.${extension}` }, props: { items, extension } }));
    }),
  );
  return lists.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ items: CslItem[]; extension: 'bib' | 'ris' }> = ({ props }) =>
  new Response(exportItems(props.items, props.extension === 'bib' ? 'bibtex' : 'ris'), {
    headers: { 'Content-Type': props.extension === 'bib' ? 'application/x-bibtex; charset=utf-8' : 'application/x-research-info-systems; charset=utf-8' },
  });
