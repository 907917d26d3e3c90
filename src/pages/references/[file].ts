/**
 * Bibliography downloads: the whole bibliography as references.bib, .ris and
 * .json (CSL-JSON), and each entry as <key>.bib and <key>.ris, ready to import
 * into Zotero or EndNote.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportItems, type CslItem } from '../../citations/citation-js.ts';
import { citationContext } from '../../citations/context.ts';
import { bibliographyFormats, itemFormats } from '../../lib/downloads.ts';

const formats = {
  bib: { type: 'application/x-bibtex; charset=utf-8', render: (items: CslItem[]) => exportItems(items, 'bibtex') },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', render: (items: CslItem[]) => exportItems(items, 'ris') },
  json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', render: (items: CslItem[]) => `${JSON.stringify(items, null, 2)}\n` },
};

export const getStaticPaths = (() => {
  const { bibliography } = citationContext();
  const all = [...bibliography.items.values()];
  const whole = bibliographyFormats.map((extension) => ({
    params: { file: `references.${extension}` },
    props: { items: all, extension },
  }));
  const single = all.flatMap((item) =>
    itemFormats.map((extension) => ({ params: { file: `${item.id}.${extension}` }, props: { items: [item], extension } })),
  );
  return [...whole, ...single];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ items: CslItem[]; extension: keyof typeof formats }> = ({ props }) => {
  const format = formats[props.extension];
  return new Response(format.render(props.items), { headers: { 'Content-Type': format.type } });
};
