/**
 * The files the site offers for reference managers, and where: the endpoints
 * in src/pages/ write exactly these, and the content check knows them from
 * the sources (src/links/site-addresses.ts), so a link to
 * /references/references.bib is checked like a link to a page.
 */

/** The whole bibliography's formats: /references/references.<format>. */
export const bibliographyFormats = ['bib', 'ris', 'json'] as const;

/** One work's (/references/<key>.<format>), a page's "Cite this page" (/cite/) and a reading list's formats. */
export const itemFormats = ['bib', 'ris'] as const;

const citeKinds = { guidance: 'guidance', 'case-studies': 'case-study', evidence: 'evidence' } as const;

/** The collections whose pages offer "Cite this page". */
export type CitableCollection = keyof typeof citeKinds;

export const citableCollections = Object.keys(citeKinds) as CitableCollection[];

/** A page's own citation key ("kb-guidance-power"), which also names its downloads in /cite/. */
export const pageCiteKey = (collection: CitableCollection, id: string) => `kb-${citeKinds[collection]}-${id}`;

export interface DownloadSources {
  bibliographyKeys: Iterable<string>;
  citablePages: { collection: CitableCollection; id: string }[];
  guidanceIds: string[];
}

/** Every download's address, from the site's root. */
export function downloadPaths({ bibliographyKeys, citablePages, guidanceIds }: DownloadSources): string[] {
  const each = (folder: string, names: Iterable<string>) => [...names].flatMap((name) => itemFormats.map((format) => `/${folder}/${name}.${format}`));
  return [
    ...bibliographyFormats.map((format) => `/references/references.${format}`),
    ...each('references', bibliographyKeys),
    ...each('cite', citablePages.map(({ collection, id }) => pageCiteKey(collection, id))),
    ...each('educators/reading-lists', guidanceIds),
  ];
}
