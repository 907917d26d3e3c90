/**
 * Works known only through another: the knowledge base often cites a study
 * as one of its five source documents reports it. The relation is recorded
 * once, on the work, and every citation of it then reads as APA asks for a
 * secondary source: "(Dimopoulos-Bick et al., 2019, as cited in Examining
 * co-production part 3, n.d.)".
 *
 * In BibLaTeX it is written with the related-entry fields:
 *   related = {examiningcoproduction}, relatedtype = {citedin}
 * In CSL-JSON (which has no relations) it is kept in the item's "custom"
 * object, as { "custom": { "citedIn": "examiningcoproduction" } }, which
 * CSL-JSON readers keep and ignore.
 */
import type { CslItem } from './citation-js.ts';

export const citedInType = 'citedin';

/** The words that join a work to the one it is known through, in the site's language. */
export const asCitedIn = 'as cited in';

/** The key of the work through which `item` is known, if the bibliography says. */
export function citedIn(item: CslItem | undefined): string | undefined {
  const custom = item?.['custom'] as { citedIn?: unknown } | undefined;
  return typeof custom?.citedIn === 'string' ? custom.citedIn : undefined;
}

/** `item` recording that it is known through the work with key `through`. */
export const withCitedIn = (item: CslItem, through: string): CslItem => ({ ...item, custom: { ...((item['custom'] as object | undefined) ?? {}), citedIn: through } });
