/**
 * CSL-JSON downloads: the items as citeproc reads them, with only the
 * fields and value types the CSL-JSON schema allows (citation-js's own
 * check), so pandoc, Zotero and citeproc-js take
 * every item as it is.
 */
import { plugins, type CslItem } from '../citation-js.ts';
import { withNamedPeopleOnly } from './et-al.ts';

/**
 * The items as valid CSL-JSON: values of the wrong type mended where
 * citation-js can (Zotero's CSL export writes years as strings, which the
 * schema does not allow), unknown fields left out.
 */
export const validCslJson = (items: CslItem[]) => plugins.input.util.clean(items, true) as CslItem[];

/** `items` as a CSL-JSON file. */
export const toCslJson = (items: CslItem[]) => `${JSON.stringify(validCslJson(items.map(withNamedPeopleOnly)), null, 2)}\n`;
