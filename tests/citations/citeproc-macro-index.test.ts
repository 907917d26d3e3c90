/**
 * citeproc's macro lookups while an engine is built (src/citations/citeproc-macro-index.ts):
 * an engine built with the index renders every work, in every form, as one
 * built by citeproc alone.
 */
import CSL from 'citeproc';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBibliography } from '../../src/citations/bibliography.ts';
import type { CslItem } from '../../src/citations/citation-js.ts';
import { withMacroIndex } from '../../src/citations/citeproc-macro-index.ts';
import { loadLocale, loadStyle } from '../../src/citations/styles.ts';

const fixtures = new URL('./bibliography-fixtures/', import.meta.url);
const works = ['the biblatex example file loads all but its two sets', 'a zotero bibtex export loads as pasted'].flatMap((folder) => [...readBibliography(fileURLToPath(new URL(`${folder}/`, fixtures))).bibliography.items.values()]);
const oracleStyles = fileURLToPath(new URL('./pandoc-oracle/styles/', import.meta.url));

interface TestEngine {
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]];
  makeCitationCluster(cites: Record<string, unknown>[]): string;
}
const host = (items: CslItem[]) => {
  const byId = new Map(items.map((item) => [item.id, item]));
  return { retrieveLocale: (tag: string) => loadLocale(tag.startsWith('en') ? 'en-GB' : tag, '/none'), retrieveItem: (id: string) => byId.get(id) };
};
const newEngine = (xml: string) => new (CSL.Engine as unknown as new (...args: unknown[]) => TestEngine)(host(works), xml, 'en-GB', true);

/** Each work's cite in four forms, with every work registered (a numeric style numbers only those), and the bibliography. */
function rendered(engine: TestEngine): string[] {
  engine.updateItems(works.map(({ id }) => id));
  const cites = works.flatMap(({ id }) => [{ id }, { id, 'suppress-author': true }, { id, 'author-only': true }, { id, locator: '33', label: 'page', prefix: 'see', suffix: 'passim' }].map((cite) => engine.makeCitationCluster([cite])));
  return [...cites, ...engine.makeBibliography()[1]];
}

describe('citeproc macro index', () => {
  it.each(['apa', 'harvard', 'vancouver', 'chicago-author-date.csl', 'ieee.csl'] as const)('builds an engine that renders as citeproc alone does (%s)', { timeout: 60_000 }, (name) => {
    const { xml } = loadStyle(name, oracleStyles);
    expect(rendered(withMacroIndex(() => newEngine(xml)))).toEqual(rendered(newEngine(xml)));
  });

  it('leaves lookups outside the build to citeproc', () => {
    const xmlJson = (CSL as unknown as { XmlJSON: { prototype: { getNodesByName(node: unknown, name: string, attribute?: string): unknown[] } } }).XmlJSON.prototype;
    const style = { name: 'style', attrs: {}, children: [{ name: 'macro', attrs: { name: 'author' }, children: [] }] };
    const xml = Object.assign(Object.create(xmlJson), { dataObj: style });
    const lookup = () => xmlJson.getNodesByName.call(xml, style, 'macro', 'author');
    const during = withMacroIndex(lookup);
    style.children.push({ name: 'macro', attrs: { name: 'author' }, children: [] });
    expect([during.length, lookup().length]).toEqual([1, 2]);
  });
});
