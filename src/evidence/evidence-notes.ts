/**
 * What a reader should know about a cited work before leaning on it, shown
 * under its reference in previews and reference lists: the kind of evidence
 * and its size when the guide has a summary of it ("Evidence: staff survey,
 * 108 responses", linking to the summary), or the source it is known through
 * when it appears only in a source's own reference list ("Cited through
 * Makey et al. (2022)"). Works with neither get no note.
 */
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { EvidenceKind, EvidenceSummary } from './summaries.ts';

/** How a note names each kind of evidence, and what its sample size counts. */
const kindNames: Record<EvidenceKind, { name: string; counts: [one: string, many: string] }> = {
  'qualitative-interviews': { name: 'qualitative study', counts: ['interview', 'interviews'] },
  'qualitative-interviews-and-observation': { name: 'qualitative study (interviews and observation)', counts: ['participant', 'participants'] },
  'staff-survey': { name: 'staff survey', counts: ['response', 'responses'] },
  'narrative-review': { name: 'narrative review', counts: ['participant', 'participants'] },
  'practice-article': { name: 'practice article', counts: ['participant', 'participants'] },
};

/** The kind of evidence and its size, e.g. "staff survey, 108 responses". */
export function evidenceLabel({ evidenceKind, sampleSize }: Pick<EvidenceSummary, 'evidenceKind' | 'sampleSize'>): string {
  const { name, counts } = kindNames[evidenceKind];
  return sampleSize === undefined ? name : `${name}, ${sampleSize} ${sampleSize === 1 ? counts[0] : counts[1]}`;
}

/**
 * A summarised work's name in running text: the style's narrative citation
 * ("Makey et al. (2022)"), or the summary's title where the style's is only
 * a number ("(55)" in Vancouver), which says nothing out of its page.
 */
export function workName(narrative: string, summaryTitle: string): string {
  return /\p{L}/u.test(narrative) ? narrative : summaryTitle;
}

export interface ReferenceNote {
  element: Element;
  /** The element as HTML, for citation previews (src/citations/render.ts writes them as HTML). */
  html: string;
}

export interface NoteNames {
  /** A summary's address, with the base path. */
  summaryHref: (summaryId: string) => string;
  /** A summarised work's name in running text (see workName). */
  label: (summary: EvidenceSummary) => string;
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const link = (href: string, value: string): ElementContent => ({ type: 'element', tagName: 'a', properties: { href }, children: [text(value)] });

/** "A", "A and B", "A, B and C", as links. */
function listed(links: ElementContent[]): ElementContent[] {
  return links.flatMap((item, index) => (index === 0 ? [item] : [text(index === links.length - 1 ? ' and ' : ', '), item]));
}

/** The note for each cited work (undefined for a work with nothing to say), made once per work. */
export function evidenceNotes(summaries: readonly EvidenceSummary[], names: NoteNames): (key: string) => ReferenceNote | undefined {
  const summaryOf = new Map(summaries.map((summary) => [summary.citationKey, summary]));
  const notes = new Map<string, ReferenceNote | undefined>();
  const note = (children: ElementContent[]): ReferenceNote => {
    const element: Element = { type: 'element', tagName: 'span', properties: { className: ['evidence-note'] }, children };
    return { element, html: toHtml(element) };
  };
  const make = (key: string): ReferenceNote | undefined => {
    const summary = summaryOf.get(key);
    if (summary) return note([text('Evidence: '), link(names.summaryHref(summary.id), evidenceLabel(summary))]);
    // A source the guide summarises that lists the work in its own references.
    const through = summaries.filter((source) => source.citesWorks.includes(key));
    if (through.length === 0) return undefined;
    return note([text('Cited through '), ...listed(through.map((source) => link(names.summaryHref(source.id), names.label(source))))]);
  };
  return (key) => {
    if (!notes.has(key)) notes.set(key, make(key));
    return notes.get(key);
  };
}
