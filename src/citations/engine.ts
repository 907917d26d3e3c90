/**
 * citeproc engines for the formatter (format.ts), each with its own items,
 * so two engines in one build never see each other's (citation-js's CSL
 * plugin keeps one engine per style for the whole process, pointed at
 * whichever items the latest call passed in).
 *
 * Output is citeproc's HTML format, changed in two ways through citeproc's
 * own extension points:
 * - `kb-html`: links from DOIs and URLs are built here, from values the
 *   bibliography loader has already validated, with the DOI percent-encoded
 *   and every attribute escaped (citeproc writes `href="` + value + `"`);
 *   formatting that citeproc writes as inline styles (small caps, normal
 *   weight) becomes classes, which a strict Content-Security-Policy allows.
 * - `wrapCitationEntry`: each cite in a cluster is wrapped in markers that
 *   carry its key, so every work in "(Smith & Jones, 2019, 2020)" links to
 *   its own reference.
 */
import CSL from 'citeproc';
// Before any engine renders: plain casing where the language has no casing of its own.
import './citeproc-casing.ts';
// And comparison of sort keys with one collator, not one per comparison.
import './citeproc-collation.ts';
import { withMacroIndex } from './citeproc-macro-index.ts';
import type { CiteprocEngine } from '@citation-js/core';
import { normaliseDoi, webAddress } from './input/entry-checks.ts';
import type { CslItem } from './citation-js.ts';
import { keyOf } from './engine-roles.ts';

/** Markers around each cite in a cluster: start, key, separator, text, end. */
export const citeStart = '\uE001';
export const citeKeyEnd = '\uE002';
export const citeEnd = '\uE003';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** citeproc hands decorators text it has escaped with numeric entities. */
const unescapeCiteproc = (text: string) => text.replace(/&#38;/g, '&').replace(/&#60;/g, '<').replace(/&#62;/g, '>');

/** https://doi.org/ and the DOI, each character a URL may not hold percent-encoded (DOI Handbook 2.5.2.4). */
export const doiUrl = (doi: string) => `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;

interface OutputFormats {
  html: Record<string, unknown>;
  [name: string]: Record<string, unknown>;
}
const formats = (CSL as unknown as { Output: { Formats: OutputFormats } }).Output.Formats;

formats['kb-html'] = {
  ...formats.html,
  '@font-style/normal': '<span class="csl-normal">%%STRING%%</span>',
  '@font-variant/small-caps': '<span class="csl-small-caps">%%STRING%%</span>',
  '@font-variant/normal': '<span class="csl-normal">%%STRING%%</span>',
  '@font-weight/normal': '<span class="csl-normal">%%STRING%%</span>',
  '@text-decoration/none': '<span class="csl-normal">%%STRING%%</span>',
  '@text-decoration/underline': '<span class="csl-underline">%%STRING%%</span>',
  '@vertical-align/baseline': '<span class="csl-normal">%%STRING%%</span>',
  '@URL/true': (_state: unknown, text: string) => {
    const url = webAddress(unescapeCiteproc(text));
    return url ? `<a href="${escapeAttribute(url)}">${text}</a>` : text;
  },
  '@DOI/true': (_state: unknown, text: string) => {
    const value = unescapeCiteproc(text);
    const doi = normaliseDoi(value);
    const url = doi ? doiUrl(doi) : webAddress(value);
    return url ? `<a href="${escapeAttribute(url)}">${text}</a>` : text;
  },
};

export interface Engine extends CiteprocEngine {
  rebuildProcessorState(citations: Record<string, unknown>[], mode: string): [string, number, string][];
  opt: { development_extensions: Record<string, unknown> } & Record<string, unknown>;
  disambiguate: { configModes(): void };
  citation: { srt: { compareCompositeKeys(a: unknown, b: unknown): number }; opt: Record<string, unknown> };
  citation_sort: { tokens: unknown[] };
  retrieveItem(id: string): unknown;
}

/** Sort keys citeproc computes for an item (`citation_sort` or `bibliography_sort`), to order cites as the style does. */
export function sortKeys(engine: Engine, id: string, area: 'citation_sort' | 'bibliography_sort'): unknown[] {
  return (CSL as unknown as { getSortKeys(this: Engine, item: unknown, area: string): unknown[] }).getSortKeys.call(engine, engine.retrieveItem(id), area);
}

/**
 * An engine for `styleXml` over the items `lookup` finds; `locale` resolves a
 * locale tag to its XML. Items are looked up when citeproc asks, so works
 * can be added after the engine is made (the site's own pages, for "Cite this page").
 */
export function createEngine(lookup: (id: string) => CslItem | undefined, styleXml: string, lang: string, locale: (tag: string) => string | undefined): Engine {
  // citeproc asks for an item many times per cite; each is copied once.
  const items = new Map<string, CslItem>();
  const host = {
    retrieveLocale: (tag: string) => locale(tag) ?? locale(lang),
    retrieveItem: (id: string) => {
      let item = items.get(id);
      if (!item) {
        const found = lookup(id);
        if (!found) throw new Error(`Cannot find entry with id '${id}'`);
        // citeproc wraps a cite only when its item carries a system id;
        // and registers it by its id, which for a shared render is not the work's key (engine-roles.ts).
        item = { ...found, id, system_id: id };
        items.set(id, item);
      }
      return item;
    },
    // A numeric style's cites reach the wrapper without their id (format.ts, withNumberedKeys).
    wrapCitationEntry: (text: string, id: string | undefined) => `${citeStart}${id === undefined ? id : keyOf(id)}${citeKeyEnd}${text}${citeEnd}`,
  };
  const engine = withMacroIndex(() => new CSL.Engine(host, styleXml, lang, true)) as unknown as Engine;
  engine.setOutputFormat('kb-html');
  engine.opt.development_extensions['wrap_url_and_doi'] = true;
  engine.opt.development_extensions['apply_citation_wrapper'] = true;
  return engine;
}
