/**
 * A search lives in its URL (`/search/?q=power&type=case-study&topic=inclusion`)
 * so an educator can paste a filtered search into a reading list, and a reload
 * or the back button brings the same results. A group may repeat
 * (`type=guidance&type=case-study`): any of its values matches; different
 * groups must all match.
 */
import { filterGroups, type FilterGroup } from './filters.ts';

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterGroup, string[]>>;
  /** Set by "search for exactly what I typed": no spelling correction. */
  exact: boolean;
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const group of filterGroups) {
    const values = [...new Set(params.getAll(group).filter(Boolean))];
    if (values.length > 0) filters[group] = values;
  }
  return { query: params.get('q')?.trim() ?? '', filters, exact: params.has('exact') };
}

/** The query string for a state, groups in a fixed order so equal searches share one URL. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const group of filterGroups) for (const value of state.filters[group] ?? []) params.append(group, value);
  if (state.exact) params.set('exact', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const hasFilters = (state: SearchState) => Object.keys(state.filters).length > 0;

/** Pagefind's filter argument: `any` within a group, all groups together. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(state.filters).map(([group, values]) => [group, { any: values }]));
}
