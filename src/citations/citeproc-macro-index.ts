/**
 * citeproc finds a macro by walking the whole style (CSL.expandMacro calls
 * getNodesByName(style, 'macro', name)), and while it builds an engine it
 * expands a macro wherever one is called, macros inside macros included: for
 * APA, about a third of building the engine (784 ms), which every build pays
 * in two threads (shared-results.ts). While an engine is built (withMacroIndex),
 * those lookups go to an index of the style's macros by name, made with one
 * walk of the same function, so they find the same nodes in the same order.
 * Only then: the style's macros are settled by the time citeproc expands
 * them (it adds name, institution and date nodes first, in CSL.Engine), and
 * only a jurisdiction module, which needs a `retrieveStyleModule` our
 * engines do not have, adds macros afterwards.
 */
import CSL from 'citeproc';

interface StyleNode {
  name?: string;
  attrs?: Record<string, string>;
  children?: unknown[];
}
interface XmlJson {
  dataObj: StyleNode;
  getNodesByName(this: XmlJson, node: StyleNode, name: string, nameAttribute?: string, found?: StyleNode[]): StyleNode[];
}

const xmlJson = (CSL as unknown as { XmlJSON: { prototype: XmlJson } }).XmlJSON.prototype;
const getNodesByName = xmlJson.getNodesByName;
/** Each style's macros by name, while an engine is being built. */
let macroIndexes: WeakMap<StyleNode, Map<string | undefined, StyleNode[]>> | undefined;

xmlJson.getNodesByName = function (node, name, nameAttribute, found) {
  if (!macroIndexes || name !== 'macro' || !nameAttribute || found || node !== this.dataObj) return getNodesByName.call(this, node, name, nameAttribute, found);
  let index = macroIndexes.get(node);
  if (!index) macroIndexes.set(node, (index = Map.groupBy(getNodesByName.call(this, node, 'macro'), (macro) => macro.attrs?.name)));
  // A new array each time, as citeproc's own lookup returns.
  return [...(index.get(nameAttribute) ?? [])];
};

/** `build()`, with citeproc's macro lookups indexed while it runs: for building an engine. */
export function withMacroIndex<Built>(build: () => Built): Built {
  macroIndexes = new WeakMap();
  try {
    return build();
  } finally {
    macroIndexes = undefined;
  }
}
