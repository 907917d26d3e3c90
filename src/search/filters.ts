/**
 * Search filters: each content page tags itself with the ids below, and the
 * search page shows them with these labels. Ids, not labels, go into the
 * index and the URL, so `/search/?type=case-study` keeps working when a label
 * is reworded.
 */
import type { CollectionEntry } from 'astro:content';
import type { Messages } from '../messages/en-GB.ts';
import type { Vocabularies } from '../schemas/vocabularies.ts';
import { labelsOf } from '../lib/vocabulary-values.ts';

export const filterGroups = ['type', 'topic', 'setting', 'audience', 'form'] as const;
export type FilterGroup = (typeof filterGroups)[number];

/**
 * `term` is a hidden filter on glossary pages: each of the term's names
 * (term, expansion, aliases) as a key, so the search page can put the page
 * named exactly as the query first without loading every glossary result.
 */
export type PageFilters = Partial<Record<FilterGroup | 'term', readonly string[]>>;

/** A name as a filter value, ignoring case, spaces and hyphens: "Co-design" and "codesign" share one. */
export const termKey = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export interface FilterGroupLabels {
  label: string;
  values: Record<string, string>;
}
/** A site without forms (content/vocabularies.yaml) has no form filter. */
export type FilterLabels = Record<Exclude<FilterGroup, 'form'>, FilterGroupLabels> & { form?: FilterGroupLabels };

/**
 * Labels for every filter, in the order the search page lists them: the
 * vocabularies' own names and labels, and the interface's for the others.
 * The messages come in rather than being imported, because the search
 * page's script imports this module and must not bundle the site's settings.
 */
export function filterLabels(
  topics: readonly { id: string; data: { title: string } }[],
  { sector, audience, form }: Pick<Vocabularies, 'sector' | 'audience' | 'form'>,
  { search, contentTypes }: Pick<Messages, 'search' | 'contentTypes'>,
): FilterLabels {
  const group = (vocabulary: Vocabularies['sector']) => ({ label: vocabulary.name, values: labelsOf(vocabulary) });
  return {
    type: { label: search.filters.type, values: contentTypes },
    topic: { label: search.filters.topic, values: Object.fromEntries(topics.map((topic) => [topic.id, topic.data.title])) },
    setting: group(sector),
    audience: group(audience),
    ...(form ? { form: group(form) } : {}),
  };
}

type Data<C extends 'guidance' | 'case-studies' | 'evidence' | 'glossary'> = CollectionEntry<C>['data'];

/** What each kind of page tags itself with: one definition for the pages and the search page's filter list. */
export const pageFilters = {
  guidance: (data: Data<'guidance'>): PageFilters => ({ type: ['guidance'], topic: [data.topic], audience: data.audience }),
  caseStudy: (data: Data<'case-studies'>): PageFilters => ({ type: ['case-study'], topic: data.topics, setting: data.sector, audience: data.audience, ...(data.form ? { form: data.form } : {}) }),
  evidence: (data: Data<'evidence'>): PageFilters => ({ type: ['evidence'], topic: data.topics, setting: data.sector, audience: data.audience }),
  glossary: (data: Data<'glossary'>): PageFilters => ({
    type: ['glossary'],
    topic: data.topics,
    term: [...new Set([data.term, data.expansion ?? '', ...data.aliases].filter(Boolean).map(termKey))],
  }),
};

export interface FilterOption {
  value: string;
  label: string;
  /** Pages carrying the value, before any search. */
  count: number;
}

/** Every filter value some page carries, with its page count, in the label order; unused values are left out. */
export function filterOptions(labels: FilterLabels, pages: readonly PageFilters[]): { group: FilterGroup; label: string; options: FilterOption[] }[] {
  return filterGroups.flatMap((group) => {
    const groupLabels = labels[group];
    if (!groupLabels) return [];
    const counts = new Map<string, number>();
    for (const page of pages) for (const value of page[group] ?? []) counts.set(value, (counts.get(value) ?? 0) + 1);
    const options = Object.entries(groupLabels.values)
      .filter(([value]) => counts.has(value))
      .map(([value, label]) => ({ value, label, count: counts.get(value)! }));
    return [{ group, label: groupLabels.label, options }];
  });
}
