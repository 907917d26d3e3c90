/**
 * What each kind of page must cite, beyond what its schema can say: guidance
 * without a citation is opinion, a case study cites in its text every source
 * its frontmatter lists, and an evidence summary cites the source it
 * summarises.
 */
import type { ContentFile, Problem } from '../citations/check.ts';
import { valuePosition } from './frontmatter-position.ts';

const keys = (value: unknown): string[] => [value].flat().filter((key): key is string => typeof key === 'string');

/**
 * `frontmatter` as written; `cited` the keys the page's text cites; `known`
 * whether the bibliography has a key. A key it does not have is left to its
 * own message (unknown key, with the nearest keys): asking for it to be
 * cited too would only make a second error of the first.
 */
export function citingProblems(file: ContentFile, collection: string, frontmatter: Record<string, unknown>, cited: ReadonlySet<string>, known: (key: string) => boolean): Problem[] {
  const at = (position: { line: number; column: number }, message: string): Problem => ({ path: file.path, ...position, message });
  const uncited = (field: string) => keys(frontmatter[field]).filter((key) => known(key) && !cited.has(key));
  switch (collection) {
    case 'guidance':
      return cited.size > 0 ? [] : [at({ line: 1, column: 1 }, 'This guidance page cites nothing. Cite the evidence for each claim, e.g. [@makey2022] (the evidence-site README, "Citing sources").')];
    case 'case-studies':
      return uncited('sources').map((key) => at(valuePosition(file.source, 'sources', key), `sources lists "${key}", but the text never cites it. Cite it where the page draws on it, e.g. [@${key}], or take it out of sources.`));
    case 'evidence':
      return uncited('citationKey').map((key) => at(valuePosition(file.source, 'citationKey', key), `The text never cites "${key}", the source this page summarises. Cite it where the page reports what the source says, e.g. [@${key}].`));
    default:
      return [];
  }
}
