/**
 * Works known only through another: a site may cite a study as one of its
 * source documents reports it, as the flagship site does. The relation is recorded
 * once, on the work, and every citation of it then reads as APA asks for a
 * secondary source, in the flagship's words: "(Dimopoulos-Bick et al., 2019,
 * as cited in Examining co-production part 3, n.d.)".
 *
 * In BibLaTeX it is written with the related-entry fields:
 *   related = {examining2023}, relatedtype = {citedin}
 * In CSL-JSON (which has no relations) it is kept in the item's "custom"
 * object, as { "custom": { "citedIn": "examining2023" } }, which
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

/** The keys, each followed by the work it is known through, each once: the works a page's reference list shows. */
export function withWorksCitedThrough(keys: Iterable<string>, itemOf: (key: string) => CslItem | undefined): string[] {
  return [...new Set([...keys].flatMap((key) => [key, citedIn(itemOf(key))].filter((entry): entry is string => entry !== undefined)))];
}
