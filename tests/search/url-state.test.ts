import { describe, expect, it } from 'vitest';
import { pagefindFilters, readState, writeState } from '../../src/search/url-state.ts';

describe('the search URL', () => {
  it('reads the query and repeated filters, ignoring unknown parameters', () => {
    expect(readState('?q=power&type=case-study&type=guidance&topic=inclusion&utm_source=moodle')).toEqual({
      query: 'power',
      filters: { type: ['case-study', 'guidance'], topic: ['inclusion'] },
      exact: false,
    });
  });
  it('writes groups in a fixed order, so equal searches share one address', () => {
    expect(writeState({ query: 'power', filters: { topic: ['inclusion'], type: ['case-study'] }, exact: false })).toBe('?q=power&type=case-study&topic=inclusion');
  });
  it('round-trips a search for the exact words, and an empty search has no query string', () => {
    const state = { query: 'reciprocty', filters: {}, exact: true };
    expect(readState(writeState(state))).toEqual(state);
    expect(writeState({ query: '', filters: {}, exact: false })).toBe('');
  });
  it('asks Pagefind for any value within a group and every group together', () => {
    expect(pagefindFilters(readState('?type=case-study&type=guidance&topic=inclusion'))).toEqual({ type: { any: ['case-study', 'guidance'] }, topic: { any: ['inclusion'] } });
  });
});
