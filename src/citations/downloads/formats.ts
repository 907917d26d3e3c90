/**
 * The bibliographic downloads the site publishes, each in three formats:
 * BibTeX, RIS and CSL-JSON (README, "Citing sources"). Every download route
 * (the bibliography and its entries, "Cite this page", reading lists) makes
 * its files here, so every file of a kind is written and served alike.
 */
import type { APIRoute } from 'astro';
import { downloadExtensions, type DownloadExtension } from '../../lib/downloads.ts';
import type { CslItem } from '../citation-js.ts';
import { toBibtex } from './bibtex.ts';
import { toCslJson } from './csl-json.ts';
import { toRis } from './ris.ts';

export const downloadFormats: Record<DownloadExtension, { label: string; contentType: string; write: (items: CslItem[]) => string }> = {
  bib: { label: 'BibTeX', contentType: 'application/x-bibtex; charset=utf-8', write: toBibtex },
  ris: { label: 'RIS', contentType: 'application/x-research-info-systems; charset=utf-8', write: toRis },
  json: { label: 'CSL-JSON', contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8', write: toCslJson },
};

export interface DownloadProps {
  items: CslItem[];
  extension: DownloadExtension;
}

/** The static paths of `name`.bib, .ris and .json (addresses as src/lib/downloads.ts lists them), each with the works it holds. */
export const downloadStaticPaths = (name: string, items: CslItem[]) =>
  downloadExtensions.map((extension) => ({ params: { file: `${name}.${extension}` }, props: { items, extension } satisfies DownloadProps }));

/** A download route's response: the works in the file's format, with its media type and charset. */
export const downloadRoute: APIRoute<DownloadProps> = ({ props }) => {
  const format = downloadFormats[props.extension];
  return new Response(format.write(props.items), { headers: { 'Content-Type': format.contentType } });
};
