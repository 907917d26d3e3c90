/**
 * The files the site offers for reference managers, and where: the endpoints
 * in src/routes/ write exactly these (in the formats of
 * src/citations/downloads/formats.ts), and the content check knows them from
 * the sources (src/links/site-addresses.ts), so a link to
 * /references/references.bib is checked like a link to a page.
 */

/** Every download's formats: BibTeX, RIS and CSL-JSON, each list of works in all three. */
export const downloadExtensions = ['bib', 'ris', 'json'] as const;

export type DownloadExtension = (typeof downloadExtensions)[number];

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
  topicIds: string[];
}

/** The folders downloads are in, from the site's root. */
export const downloadFolders = { references: 'references', cite: 'cite', pageReadingLists: 'educators/reading-lists', topicReadingLists: 'educators/reading-lists/topics' } as const;

/** A download's file, from the site's root: where the build writes it and where links find it. */
export const downloadPath = (folder: string, name: string, extension: DownloadExtension) => `${folder}/${name}.${extension}`;

/** Every download's address, from the site's root. */
export function downloadPaths({ bibliographyKeys, citablePages, guidanceIds, topicIds }: DownloadSources): string[] {
  const each = (folder: string, names: Iterable<string>) => [...names].flatMap((name) => downloadExtensions.map((extension) => `/${downloadPath(folder, name, extension)}`));
  return [
    ...each(downloadFolders.references, ['references', ...bibliographyKeys]),
    ...each(downloadFolders.cite, citablePages.map(({ collection, id }) => pageCiteKey(collection, id))),
    ...each(downloadFolders.pageReadingLists, guidanceIds),
    ...each(downloadFolders.topicReadingLists, topicIds),
  ];
}
