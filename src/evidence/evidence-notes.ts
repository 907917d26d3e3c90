/**
 * What a reader should know about a cited work before leaning on it, shown
 * under its reference in previews and reference lists: the kind of evidence
 * and its size when the guide has a summary of it ("Evidence: staff survey,
 * 108 responses", linking to the summary), or, for a work the bibliography
 * says is known through another (src/citations/related.ts), that work
 * ("Cited through Makey et al. (2022)", linking to its summary if it has one).
 * Works with neither get no note.
 */
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { EvidenceKindValue } from '../schemas/vocabularies.ts';
import type { EvidenceSummary } from './summaries.ts';
import { siteMessages } from '../messages/languages.ts';

/**
 * The kind of evidence and its size, e.g. "staff survey, 108 responses": the
 * kind as content/vocabularies.yaml names it in notes, and what its sample counts.
 */
export function evidenceLabel({ evidenceKind, sampleSize }: { evidenceKind: string; sampleSize?: number | undefined }, kinds: readonly EvidenceKindValue[]): string {
  const kind = kinds.find((entry) => entry.id === evidenceKind);
  const name = kind?.inNotes ?? (kind ? kind.label.charAt(0).toLowerCase() + kind.label.slice(1) : evidenceKind);
  const [one, many] = kind?.counts ?? ['participant', 'participants'];
  return sampleSize === undefined ? name : `${name}, ${sampleSize} ${sampleSize === 1 ? one : many}`;
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
  /** A work's entry on the references page, with the base path. */
  referenceHref: (key: string) => string;
  /** A summarised work's name in running text (see workName). */
  label: (summary: EvidenceSummary) => string;
  /** Any work's name in running text, in the site's style. */
  narrative: (key: string) => string;
  /** The key of the work the bibliography says `key` is known through (BibLaTeX related, relatedtype citedin). */
  citedIn: (key: string) => string | undefined;
  /** The site's kinds of evidence (content/vocabularies.yaml), which say how a note names each. */
  kinds: readonly EvidenceKindValue[];
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const link = (href: string, value: string): ElementContent => ({ type: 'element', tagName: 'a', properties: { href }, children: [text(value)] });

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
    if (summary) return note([text(siteMessages().pageText.evidenceNote), link(names.summaryHref(summary.id), evidenceLabel(summary, names.kinds))]);
    // The work the bibliography says this one is known through (src/citations/related.ts): its summary, or its reference.
    const through = names.citedIn(key);
    if (!through) return undefined;
    const source = summaryOf.get(through);
    return note([text(siteMessages().pageText.citedThrough), source ? link(names.summaryHref(source.id), names.label(source)) : link(names.referenceHref(through), names.narrative(through))]);
  };
  return (key) => {
    if (!notes.has(key)) notes.set(key, make(key));
    return notes.get(key);
  };
}
