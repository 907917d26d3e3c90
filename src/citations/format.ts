/**
 * Turns parsed citations into text in the site's CSL style, with one
 * citeproc engine per style for the whole build. citeproc costs about 1.7 ms
 * per author-date cluster, so every formatted item is cached: formatting a
 * citation seen before is a map lookup.
 */
import type { CiteprocEngine } from '@citation-js/core';
import type { Bibliography } from './bibliography.ts';
import { isOthers, plugins, type CslItem } from './citation-js.ts';
import type { Citation, CitationItem } from './parse.ts';
import { createEngine } from './engine.ts';
import { cslLocale, cslTemplates, type CitationStyle } from './styles.ts';

export interface FormattedItem {
  key: string;
  /** Plain text of this item inside the cluster, e.g. "Makey et al., 2022, p. 3". */
  text: string;
}

export interface FormattedCitation {
  /** Text before the first item and after the last, e.g. "(" and ")"; empty for narrative citations. */
  open: string;
  close: string;
  delimiter: string;
  items: FormattedItem[];
}

export interface FormattedReference {
  key: string;
  /** The reference in the style, as HTML (citeproc's own markup: <i>, <b>, <sup>). */
  html: string;
}

interface Layout {
  prefix: string;
  suffix: string;
  delimiter: string;
}

function citationLayout(styleXml: string): Layout {
  const layout = /<citation\b[\s\S]*?<layout\b([^>]*)>/.exec(styleXml)?.[1] ?? '';
  const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(layout)?.[1] ?? '';
  return { prefix: attribute('prefix'), suffix: attribute('suffix'), delimiter: attribute('delimiter') || '; ' };
}

function stripAffixes(text: string, layout: Layout): string {
  let inner = text;
  if (layout.prefix && inner.startsWith(layout.prefix)) inner = inner.slice(layout.prefix.length);
  if (layout.suffix && inner.endsWith(layout.suffix)) inner = inner.slice(0, -layout.suffix.length);
  return inner;
}

/** "Makey", "Webb and Girardi" or "Makey et al.", for styles whose author-only form prints nothing. */
function authorNames(item: CslItem | undefined): string {
  const names = (item?.author ?? []).filter((name) => !isOthers(name)).map((name) => name.family ?? name.literal ?? '').filter(Boolean);
  if (names.length > 0 && item?.author?.some(isOthers)) return `${names[0]} et al.`;
  if (names.length === 0) return item?.title ?? '';
  if (names.length === 1) return names[0]!;
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names[0]} et al.`;
}

/**
 * BibLaTeX's "and others" (a source's "et al.") reaches citeproc as an author
 * named "others", which it prints as a name ("Alguera-Lara & others"). The
 * formatter gives citeproc a private-use marker instead and turns it, with
 * the conjunction before it, into "et al." afterwards; matching the marker
 * cannot touch a title that happens to contain the word "others".
 */
const etAlMarker = '\uE000';
const forDisplay = (item: CslItem): CslItem =>
  item.author?.some(isOthers) ? { ...item, author: item.author.map((name) => (isOthers(name) ? { family: etAlMarker } : name)) } : item;
const etAl = (text: string) => text.replace(/(,)?\s*(?:&#38;|&amp;|&|\band\b)?\s*\uE000\.?/g, (_, comma?: string) => `${comma ?? ''} et al.`);

const decodeEntities = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#38;|&amp;/g, '&')
    .replace(/&#60;|&lt;/g, '<')
    .replace(/&#62;|&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));

/**
 * The style with its citation disambiguation switched off, so no work gets a
 * year suffix ("2026a") or extra names because another shares its author and
 * year. Registering one work at a time would do the same at two citeproc
 * passes per work; this way every work's entry comes from one pass.
 */
const withoutDisambiguation = (styleXml: string) =>
  styleXml.replace(/<citation\b[^>]*>/, (tag) => tag.replace(/\s(?:disambiguate-add-[a-z-]+|givenname-disambiguation-rule)="[^"]*"/g, ''));

export class CitationFormatter {
  readonly numeric: boolean;
  private readonly engine: CiteprocEngine;
  private readonly layout: Layout;
  private readonly itemCache = new Map<string, string>();
  private readonly locatorTemplates = new Map<string, string | null>();
  private referencesCache: Map<string, { html: string; order: number }> | undefined;
  private readonly bibliography: Bibliography;
  private pageOrder: string[] = [];

  /**
   * `disambiguate: false` formats each work as if it stood alone, without
   * year suffixes ("2026a") drawn from the rest of the bibliography: for
   * citing pages of this site, which all share one author and often a year.
   */
  constructor(bibliography: Bibliography, style: CitationStyle, options: { disambiguate?: boolean } = {}) {
    const { template, numeric } = cslTemplates[style];
    const csl = plugins.config.get('@csl');
    this.bibliography = bibliography;
    this.numeric = numeric;
    const styleXml = csl.styles.get(template);
    this.layout = citationLayout(styleXml);
    this.engine = createEngine([...bibliography.items.values()].map(forDisplay), options.disambiguate === false ? withoutDisambiguation(styleXml) : styleXml, cslLocale);
    // Author-date styles disambiguate ("2020a") across the whole bibliography,
    // so the same work reads the same on every page and on /references/;
    // numeric styles register each page's works as it starts (startPage).
    if (!this.numeric) this.engine.updateItems([...bibliography.items.keys()]);
  }

  /** Numeric styles number works by first appearance on each page: call with the page's keys in order. */
  startPage(keysInOrder: string[]): void {
    if (!this.numeric) return;
    this.pageOrder = keysInOrder;
    this.engine.updateItems(keysInOrder);
  }

  /** One citeproc call per distinct CSL cite, cached. */
  private cite(cslItem: Record<string, unknown>): string {
    const signature = JSON.stringify([cslItem, this.numeric ? this.pageOrder.join(' ') : '']);
    let text = this.itemCache.get(signature);
    if (text === undefined) {
      text = etAl(decodeEntities(this.engine.makeCitationCluster([cslItem])));
      this.itemCache.set(signature, text);
    }
    return text;
  }

  private formatItem(item: CitationItem, extra: Record<string, unknown> = {}): string {
    const base: Record<string, unknown> = { id: item.key, ...extra };
    if (item.suppressAuthor) base['suppress-author'] = true;
    const assembled = this.numeric ? undefined : this.assemble(item, base);
    if (assembled !== undefined) return assembled;
    const cslItem = { ...base };
    if (item.locator) Object.assign(cslItem, { locator: item.locator, label: item.label ?? 'page' });
    if (item.prefix) cslItem['prefix'] = `${item.prefix} `;
    if (item.suffix) cslItem['suffix'] = item.suffix;
    return this.cite(cslItem);
  }

  /**
   * Author-date styles print a locator the same way whatever its number
   * (", p. 33"), so the pattern is learned once per item type, label and
   * shape, with a placeholder number, and filled in after. A citation then
   * costs its work's cached text plus string assembly, however many distinct
   * pages are cited. Locators that are not plain numbers or ranges, and
   * patterns that do not come back intact, go to citeproc as they are.
   */
  private assemble(item: CitationItem, base: Record<string, unknown>): string | undefined {
    const { prefix: open, suffix: close } = this.layout;
    const plain = this.cite(base);
    if (!plain.startsWith(open) || !plain.endsWith(close)) return undefined;
    let locatorText = '';
    if (item.locator) {
      const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(item.locator);
      if (!range && !/^\d+$/.test(item.locator)) return undefined;
      const label = item.label ?? 'page';
      const shape = range ? 'range' : 'single';
      const id = `${String(this.bibliography.items.get(item.key)?.type)}|${label}|${shape}|${item.suppressAuthor}`;
      let template = this.locatorTemplates.get(id);
      if (template === undefined) {
        const sample = this.cite({ ...base, locator: range ? '9998-9999' : '9999', label });
        const learned = sample.startsWith(plain.slice(0, plain.length - close.length)) ? sample.slice(plain.length - close.length, sample.length - close.length) : '';
        template = (range ? learned.includes('9998') && learned.includes('9999') : learned.includes('9999')) ? learned : null;
        this.locatorTemplates.set(id, template);
      }
      if (template === null) return undefined;
      locatorText = range ? template.replace('9998', range[1]!).replace('9999', range[2]!) : template.replace('9999', item.locator);
    }
    const core = plain.slice(open.length, plain.length - close.length);
    return `${open}${item.prefix ? `${item.prefix} ` : ''}${core}${locatorText}${item.suffix}${close}`;
  }

  format(citation: Citation): FormattedCitation {
    if (citation.kind === 'narrative') {
      const item = citation.items[0]!;
      const authorOnly = this.numeric ? '' : this.formatItem({ ...item, locator: '', prefix: '', suffix: '' }, { 'author-only': true });
      const author = authorOnly && !authorOnly.includes('NO_PRINTED_FORM') ? authorOnly : authorNames(this.bibliography.items.get(item.key));
      const rest = this.formatItem({ ...item, suppressAuthor: true });
      return { open: '', close: '', delimiter: '', items: [{ key: item.key, text: `${author} ${rest}` }] };
    }
    const items = citation.items.map((item) => ({ key: item.key, text: stripAffixes(this.formatItem(item), this.layout) }));
    // Numeric styles list a cluster's works in number order ("1,2", not "2,1"), as the
    // styles' own citation-number sort would; each work is formatted on its own here.
    if (this.numeric) items.sort((a, b) => this.pageOrder.indexOf(a.key) - this.pageOrder.indexOf(b.key));
    return { open: this.layout.prefix, close: this.layout.suffix, delimiter: this.layout.delimiter, items };
  }

  /** Reference-list entries for `keys`, in the style's order. */
  references(keys: Iterable<string>): FormattedReference[] {
    // Per page: startPage() registered exactly this page's works, in citation order.
    const entries = this.numeric ? this.bibliographyEntries() : (this.referencesCache ??= this.bibliographyEntries());
    // Each key is looked up, not the whole bibliography filtered: "Cite this
    // page" asks for one of thousands of entries on every page.
    return [...new Set(keys)]
      .flatMap((key) => {
        const entry = entries.get(key);
        return entry ? [{ key, ...entry }] : [];
      })
      .sort((a, b) => a.order - b.order)
      .map(({ key, html }) => ({ key, html }));
  }

  /** The registered works' entries, keyed, with their place in the style's order. */
  private bibliographyEntries(): Map<string, { html: string; order: number }> {
    const result = this.engine.makeBibliography();
    const entries = new Map<string, { html: string; order: number }>();
    if (result) result[0].entry_ids.forEach((ids, order) => entries.set(ids[0]!, { html: etAl(result[1][order]!.trim()), order }));
    return entries;
  }
}
