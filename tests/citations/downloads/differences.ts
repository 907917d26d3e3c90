/**
 * Where a re-imported download may read differently from the work the site
 * shows, and why. Each is a limit of a format or of one importer, not of
 * the downloads; round-trip.test.ts fails if one no longer happens (remove
 * it then) and if anything not listed here differs.
 */
import type { CslItem } from '../../../src/citations/citation-js.ts';

export type Importer = 'our loader' | 'citation-js' | 'pandoc';
export type Format = 'bib' | 'ris' | 'json';
export type Field = 'title' | 'authors' | 'date' | 'container' | 'doi';

export interface Difference {
  importer: Importer;
  format: Format;
  fields: Field[];
  /** The works it happens to, by what they are. */
  applies: (work: CslItem) => boolean;
  why: string;
}

const textDate = (work: CslItem) => work.issued !== undefined && !work.issued['date-parts'] && work.issued.literal !== undefined;
/** A volume of a multi-volume book (BibLaTeX's maintitle), which citation-js reads as the book's container. */
const volumeOfBook = (work: CslItem) => work.type === 'book' && work['container-title'] !== undefined;

export const differences: Difference[] = [
  {
    importer: 'pandoc',
    format: 'bib',
    fields: ['date'],
    applies: textDate,
    why: 'pandoc 2.17 reads a date written as text (year = {n.d.}) as an empty date. It still shows such a work as "n.d.".',
  },
  {
    importer: 'pandoc',
    format: 'json',
    fields: ['date'],
    applies: textDate,
    why: 'pandoc 2.17 drops a CSL-JSON date that is only text ({"literal": "n.d."}). It still shows such a work as "n.d.".',
  },
  {
    importer: 'pandoc',
    format: 'bib',
    fields: ['title', 'container'],
    applies: volumeOfBook,
    why: "pandoc 2.17 reads a book's maintitle as its title and the volume's own title as volume-title; citation-js, biber's reading and the site take the volume's title as the title and maintitle as the container.",
  },
  {
    importer: 'our loader',
    format: 'ris',
    fields: ['container'],
    applies: volumeOfBook,
    why: 'RIS has no tag for the multi-volume work a book belongs to (citation-js reads a BOOK\'s T2 as its series).',
  },
  {
    importer: 'citation-js',
    format: 'ris',
    fields: ['container'],
    applies: volumeOfBook,
    why: 'RIS has no tag for the multi-volume work a book belongs to (citation-js reads a BOOK\'s T2 as its series).',
  },
  {
    importer: 'citation-js',
    format: 'ris',
    fields: ['container'],
    applies: (work) => work.type === 'webpage' && work['container-title'] !== undefined,
    why: "A web page's site is its T2, as Zotero writes and reads it; citation-js reads T2 of an ELEC record as a series (collection-title). The site's loader mends this (src/citations/input/ris-exports.ts).",
  },
  {
    importer: 'our loader',
    format: 'bib',
    fields: ['title'],
    applies: (work) => /\\[A-Za-z]/.test(work.title ?? ''),
    why: 'A backslash before letters (written \\textbackslash{}) reads back as an unknown LaTeX command, which the loader leaves out with a warning naming it (src/citations/input/bibtex.ts).',
  },
];
