/**
 * Formats a page's citations and references with citeproc, as pandoc does:
 * each citation is a cluster, so the style sorts its works, groups a shared
 * author ("Smith & Jones, 2019, 2020") and disambiguates ("2020a",
 * initials) among the works the page cites, and only those.
 *
 * citeproc is exact but slow (about 0.3 ms for a one-work cluster, 1 to 5 ms
 * to register a page's works), so the formatter shares what cannot differ
 * between pages:
 * - Works that share no name with any other work on the page cannot be
 *   ambiguous or grouped with one. Their cites are rendered once, with
 *   the style's disambiguation switched off, and shared by every page; a
 *   locator is filled into a pattern learned once per shape; a cite
 *   without its author is the normal one less its author part; a
 *   cluster of such works is put in the style's order with citeproc's own
 *   sort keys and joined with the style's delimiter.
 * - Works that share a name with another on the page (a "context") are
 *   rendered with exactly that context registered, and the result is kept for any page with the same context.
 * - Numeric styles, and styles whose cites depend on what came before
 *   (ibid, subsequent), format each page in one citeproc pass, in order.
 * Both are done by one citeproc engine (engine-roles.ts).
 * tests/citations/format-contexts.test.ts checks that the shared results
 * equal what one citeproc pass per page gives.
 */
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Bibliography } from './bibliography.ts';
import { isOthers, type CslItem } from './citation-js.ts';
import { citeEnd, citeKeyEnd, citeStart, createEngine, sortKeys, type Engine } from './engine.ts';
import { EngineRoles, keyOf, sharedId } from './engine-roles.ts';
import type { CitationMode } from './parse.ts';
import { asCitedIn, citedIn, withWorksCitedThrough } from './related.ts';
import type { StyleInfo } from './styles.ts';

/** One work in a citation, ready for citeproc: affixes are citeproc's text (see affixes.ts). */
export interface FormatItem {
  key: string;
  mode: CitationMode;
  prefix: string;
  suffix: string;
  locator?: string;
  label?: string;
}

export interface FormatCitation {
  items: FormatItem[];
}

/**
 * What the shared engine works out the same for every page: each work's
 * cites as if alone (normal, without its author, its author alone), its
 * citation sort keys and narrative label, and the bibliography of every
 * work. A build works these out in a thread of its own while Astro starts
 * (shared-results.ts), and the pages' formatter adopts them.
 */
export interface SharedResults {
  cites: [string, string][];
  sortKeys: [string, unknown[]][];
  labels: [string, string][];
  references: [string, { html: string; order: number }][];
}

/** Whether pages can share results (SharedResults): not in numeric styles, nor where a cite depends on those before it. */
export const sharesResults = (style: StyleInfo): boolean => !style.numeric && !style.contextual;

export interface FormattedReference {
  key: string;
  /** The reference in the style, as HTML (citeproc's own markup: <i>, <b>, <sup>, links). */
  html: string;
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

/**
 * What citeproc renders a cite among (engine-roles.ts): no other work, so
 * the result is shared by every page; or a page's context, the works that
 * can change each other's cites.
 */
const shared = Symbol('shared');
type Role = typeof shared | string[];

const nameVariables = ['author', 'editor', 'translator', 'container-author', 'collection-editor', 'composer', 'director', 'interviewer', 'recipient', 'reviewed-author', 'illustrator', 'original-author'];
/**
 * Which works on a page can change each other's cites (its contexts): for
 * each key, its context's keys in the order the page first cites them. That
 * is the order citeproc registers them in, as it does in one pass over the
 * page, and it decides between works the bibliography's sort cannot tell
 * apart (which is "1984a" and which "1984b").
 */
function contextsOf(keys: string[], tokensOf: (key: string) => string[]): Map<string, string[]> {
  const parent = new Map(keys.map((key) => [key, key]));
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const byToken = new Map<string, string>();
  for (const key of keys) {
    for (const token of tokensOf(key)) {
      const other = byToken.get(token);
      if (other) parent.set(find(key), find(other));
      else byToken.set(token, key);
    }
  }
  const groups = Map.groupBy(keys, find);
  return new Map(keys.map((key) => [key, groups.get(find(key))!]));
}

/** citeproc's citation item for a FormatItem. */
function cslCite(item: FormatItem, mode: 'author-only' | 'suppress-author' | undefined = item.mode === 'suppress-author' ? 'suppress-author' : undefined): Record<string, unknown> {
  return {
    id: item.key,
    ...(item.prefix ? { prefix: item.prefix } : {}),
    ...(item.suffix ? { suffix: item.suffix } : {}),
    ...(item.locator ? { locator: item.locator, label: item.label ?? 'page' } : {}),
    ...(mode ? { [mode]: true } : {}),
  };
}

/** The key a cite from the shared engine is kept under (CitationFormatter.cached), here and in SharedResults. */
const cacheSignature = (items: FormatItem[], mode?: 'author-only') => JSON.stringify([mode, items]);

const wrap = (key: string, html: string) => `${citeStart}${key}${citeKeyEnd}${html}${citeEnd}`;
const markers = new RegExp(`${citeStart}[^${citeKeyEnd}]*${citeKeyEnd}|${citeEnd}`, 'g');
const unwrap = (html: string) => html.replace(markers, '');
/**
 * citeproc does not say which work a citation number belongs to (its numeric
 * cites reach the wrapper without their item), so each number is matched to
 * its work by the number itself; a collapsed range ("1–3") links its two ends.
 */
function withNumberedKeys(html: string, byNumber: Map<string, string>): string {
  return html.replace(new RegExp(`${citeStart}undefined${citeKeyEnd}([^${citeEnd}]*)${citeEnd}`, 'g'), (_, text: string) => {
    const single = byNumber.get(text.trim());
    if (single) return wrap(single, text);
    const range = /^(\d+)([–-])(\d+)$/.exec(text.trim());
    const [from, to] = range ? [byNumber.get(range[1]!), byNumber.get(range[3]!)] : [];
    return range && from && to ? `${wrap(from, range[1]!)}${range[2]}${wrap(to, range[3]!)}` : text;
  });
}

/** A numeric style's entry without its number (citeproc's left-margin block, "12."). */
const withoutNumber = (html: string) => html.replace(/<div class="csl-left-margin">[^<]*<\/div>/, '');

/** citeproc's HTML as the text a reader sees. */
function textOf(html: string): string {
  let text = '';
  visit(fromHtml(html, { fragment: true }), 'text', (node) => {
    text += node.value;
  });
  return text;
}

/** Text without tags, for punctuation tests. */
const plainEnd = (html: string) => html.replace(/<[^>]+>/g, '').replace(/[\uE001-\uE003]/g, '');

export class CitationFormatter {
  readonly style: StyleInfo;
  private readonly items: Map<string, CslItem>;
  private readonly roles: EngineRoles;
  private readonly cache = new Map<string, string>();
  private readonly patterns = new Map<string, { head: string; tail: string } | null>();
  /** What comes between a work's author part and the rest of its cite, by type and kind of author (withoutAuthor); null where citeproc's cite without the author is not the rest. */
  private readonly authorDelimiters = new Map<string, string | null>();
  /** Each work's own part of its cites, by mode and key (ownPart). */
  private readonly ownParts = new Map<string, { body: string; kind: string }>();
  private readonly sortKeyCache = new Map<string, unknown[]>();
  private readonly citeTokens = new Map<string, { names: string; token: string }>();
  private readonly peopleCache = new Map<string, { family: string; given: string }[]>();
  private plainReferences: Map<string, { html: string; order: number }> | undefined;
  private readonly contextReferences = new Map<string, Map<string, { html: string; order: number }>>();
  private readonly standaloneItems = new Map<string, CslItem>();
  /** Each work's narrativeLabel: link text on every page that lists the work. */
  private readonly labels = new Map<string, string>();
  /** Where SharedResults worked out elsewhere may come from, until they have come. */
  private pendingShared: (() => SharedResults | undefined) | undefined;

  /** `shared`, if given, is asked for results worked out elsewhere (sharedResults()) before the formatter works them out itself. */
  constructor(bibliography: Bibliography, style: StyleInfo, lang: string, locale: (tag: string) => string | undefined, shared?: () => SharedResults | undefined) {
    this.style = style;
    this.items = new Map([...bibliography.items].map(([key, item]) => [key, forDisplay(item)]));
    this.roles = new EngineRoles(() => createEngine(this.lookup, style.xml, lang, locale));
    this.pendingShared = shared;
  }

  /** Every work's shared results, worked out now (for a formatter in another thread to adopt). */
  sharedResults(): SharedResults {
    if (!this.perPage) {
      for (const key of this.items.keys()) {
        this.narrativeLabel(key);
        this.cite({ key, mode: 'normal', prefix: '', suffix: '' });
        this.citationSortKeys(key);
      }
    }
    return { cites: [...this.cache], sortKeys: [...this.sortKeyCache], labels: [...this.labels], references: [...(this.perPage ? [] : this.sharedReferences())] };
  }

  /** Shared results from elsewhere, once they have come; what this formatter has worked out itself already is the same, and kept. */
  private adoptShared(): void {
    const results = this.pendingShared?.();
    if (!results) return;
    this.pendingShared = undefined;
    const adopt = <Value>(into: Map<string, Value>, entries: [string, Value][]) => {
      for (const [key, value] of entries) if (!into.has(key)) into.set(key, value);
    };
    adopt(this.cache, results.cites);
    adopt(this.sortKeyCache, results.sortKeys);
    adopt(this.labels, results.labels);
    if (results.references.length > 0) this.plainReferences ??= new Map(results.references);
  }

  /** Pages are cited one context at a time by numeric and order-dependent styles. */
  private get perPage(): boolean {
    return !sharesResults(this.style);
  }

  private lookup = (id: string) => {
    const key = keyOf(id);
    return this.items.get(key) ?? this.standaloneItems.get(key);
  };

  /** The engine for `role`, set up for it (engine-roles.ts); used at once, since another role's use changes it. */
  private engine(role: Role): Engine {
    return role === shared ? this.roles.shared() : this.roles.context(role);
  }

  private layout(html: string): string {
    const { prefix, suffix } = this.style.layout;
    // citeproc merges a suffix's punctuation with the layout's; without the
    // layout it cannot, so a repeated mark is dropped here ("ibid." + ".").
    const end = suffix && /^[.,;:!?]/.test(suffix) && plainEnd(html).endsWith(suffix[0]!) ? suffix.slice(1) : suffix;
    return `${prefix}${html}${end}`;
  }

  /**
   * citeproc's cluster for cites already in the style's order (ordered()):
   * its own sort is switched off for the call, since it would undo the
   * grouping. A single cite is not sorted anyway.
   */
  private cluster(role: Role, cites: Record<string, unknown>[]): string {
    const engine = this.engine(role);
    if (role === shared) cites = cites.map((cite) => ({ ...cite, id: sharedId(cite.id as string) }));
    if (cites.length < 2 || this.style.numeric) return etAl(engine.makeCitationCluster(cites));
    const tokens = engine.citation_sort.tokens;
    engine.citation_sort.tokens = [];
    try {
      return this.withinGroups(etAl(engine.makeCitationCluster(cites)));
    } finally {
      engine.citation_sort.tokens = tokens;
    }
  }

  /**
   * citeproc-js joins an author's grouped cites with the style's
   * after-collapse-delimiter, which CSL puts only after the group
   * ("Smith 2000; 2004" in Chicago author-date, where pandoc and the
   * specification give "Smith 2000, 2004"): between two cites of one author,
   * the cite-group-delimiter is put back.
   */
  private withinGroups(html: string): string {
    const { within, after } = this.style.groupDelimiters;
    if (after === undefined || after === within) return html;
    const pattern = new RegExp(`${citeStart}([^${citeKeyEnd}]*)${citeKeyEnd}([^${citeEnd}]*)${citeEnd}`, 'g');
    const cites = [...html.matchAll(pattern)];
    let result = html;
    for (let index = cites.length - 1; index > 0; index -= 1) {
      const [previous, next] = [cites[index - 1]!, cites[index]!];
      const start = previous.index + previous[0].length;
      if (html.slice(start, next.index) === after && this.citeToken(previous[1]!).names === this.citeToken(next[1]!).names && this.authorText(previous[1]!) === this.authorText(next[1]!)) result = result.slice(0, start) + within + result.slice(next.index);
    }
    return result;
  }

  private authorText(key: string): string {
    return textOf(unwrap(this.authorOnly(key)));
  }

  /**
   * A narrative citation: the author in the sentence, the rest in the
   * layout's brackets ("Smith & Jones (2020, p. 33)"). Works cited with it
   * (@smith04 [p. 3; @doe99]) follow its own details, in the style's order
   * among themselves: "Smith & Jones (2004, p. 3; Doe, 1999)".
   */
  private narrative(role: Role, first: FormatItem, others: FormatItem[], cite: (items: FormatItem[]) => string): string {
    const author = unwrap(role === shared ? this.authorOnly(first.key) : this.cluster(role, [cslCite(first, 'author-only')]));
    const own = cite([{ ...first, mode: 'suppress-author' }]);
    const details = others.length > 0 ? `${own}${this.style.layout.delimiter}${cite(others)}` : own;
    if (!author.trim() || author.includes('NO_PRINTED_FORM')) return this.layout(details);
    return others.length > 0 ? `${wrap(first.key, author)} ${this.layout(details)}` : wrap(first.key, `${author} ${this.layout(unwrap(details))}`);
  }

  /** A work's author as its cites show it ("Smith & Jones"), from the shared engine: for narrative citations. */
  private authorOnly(key: string): string {
    return this.cached([{ key, mode: 'author-in-text', prefix: '', suffix: '' }], 'author-only');
  }

  /**
   * What a work's cite shows of its authors and date: the surnames a cite
   * prints before "et al." (or its title, where it has no author) and its
   * year. Cites that read the same show the same, so this ties every pair
   * citeproc could disambiguate, and a few it would not, without a
   * citeproc call. The first surname alone says which cites could group.
   */
  private citeToken(key: string): { names: string; token: string } {
    let token = this.citeTokens.get(key);
    if (!token) {
      const item = this.items.get(key);
      const list = nameVariables.map((variable) => item?.[variable] as CslItem['author']).find((names) => names && names.length > 0) ?? [];
      const { min, useFirst } = this.style.etAl ?? { min: Infinity, useFirst: Infinity };
      const shown = list.length >= min ? [...list.slice(0, useFirst), { family: 'et al.' }] : list;
      const surnames = shown.map((name) => (isOthers(name) || name.family === etAlMarker ? 'et al.' : (name.family ?? name.literal ?? '')).toLowerCase());
      const names = surnames[0] ?? (item?.title ?? key).toLowerCase();
      const year = item?.issued?.['date-parts']?.[0]?.[0] ?? item?.issued?.literal ?? '';
      token = { names, token: `${surnames.join('|') || names}|${year}` };
      this.citeTokens.set(key, token);
    }
    return token;
  }

  /**
   * Which works on a page can change each other's cites (its contexts).
   * citeproc disambiguates ("2020a", added names, initials by cite) only
   * cites that read the same, so works with the same author part and year
   * are tied. A style that adds initials wherever two different people share
   * a surname (first authors for "primary-name", anyone for "all-names")
   * ties their works too. Works by one author in different years are not
   * tied: they only group within one citation ("Smith, 2019, 2020"), which
   * formatAlone leaves to citeproc.
   */
  private contexts(keys: string[]): Map<string, string[]> {
    const givens = new Map<string, Set<string>>();
    for (const key of keys) for (const { family, given } of this.people(key)) givens.set(family, (givens.get(family) ?? new Set()).add(given));
    return contextsOf(keys, (key) => {
      const shared = this.people(key).filter(({ family }) => givens.get(family)!.size > 1);
      return [`cite:${this.citeToken(key).token}`, ...shared.map(({ family }) => `person:${family}`)];
    });
  }

  /** The people whose initials the style may add to a work's cites (see contexts), by lower-case surname. */
  private people(key: string): { family: string; given: string }[] {
    let people = this.peopleCache.get(key);
    if (!people) {
      const item = this.items.get(key);
      const names = nameVariables.flatMap((variable) => (item?.[variable] as CslItem['author']) ?? []).filter((name) => !isOthers(name) && name.family !== etAlMarker);
      const shown = this.style.givenNames === 'primary' ? names.slice(0, 1) : this.style.givenNames === 'all' ? names : [];
      people = shown.map((name) => ({ family: (name.family ?? name.literal ?? '').toLowerCase(), given: name.given ?? '' }));
      this.peopleCache.set(key, people);
    }
    return people;
  }

  /** One page's citations, in order, each as HTML with every cite between markers carrying its key (engine.ts). */
  formatPage(citations: FormatCitation[]): string[] {
    this.adoptShared();
    const keys = this.withSecondary(citations.flatMap((citation) => citation.items.map((item) => item.key)));
    if (this.perPage) {
      const { clusters, secondary } = this.formatInOnePass(citations, keys);
      return clusters.map((cluster, index) => this.withAsCitedIn(cluster, citations[index]!, (key) => secondary[index]!.get(key)!));
    }
    const contexts = this.contexts(keys);
    const cite = (key: string): string => {
      const item: FormatItem = { key, mode: 'normal', prefix: '', suffix: '' };
      if (contexts.get(key)!.length === 1) return this.cite(item);
      return this.cluster(contexts.get(key)!, [cslCite(item)]);
    };
    return citations.map((citation) => this.withAsCitedIn(this.formatShared(citation, contexts), citation, cite));
  }

  private withSecondary(keys: Iterable<string>): string[] {
    return withWorksCitedThrough(keys, (key) => this.items.get(key));
  }

  /**
   * A work known only through another reads as APA asks for a secondary
   * source: "(Dimopoulos-Bick et al., 2019, as cited in Examining
   * co-production part 3, n.d.)" in the flagship site. The whole is one cite, one link to the
   * first work's reference, which says which work it is known through: one
   * claim, one link (a reader tabbing through a page drawn from one source
   * met every claim twice). In a narrative citation it goes inside the brackets.
   */
  private withAsCitedIn(html: string, citation: FormatCitation, cite: (key: string) => string): string {
    let result = html;
    for (const item of citation.items) {
      const through = citedIn(this.items.get(item.key));
      if (!through) continue;
      const pattern = new RegExp(`${citeStart}${item.key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${citeKeyEnd}([^${citeEnd}]*)${citeEnd}`);
      const { suffix } = this.style.layout;
      result = result.replace(pattern, (_, text: string) => {
        const added = `, ${asCitedIn} ${unwrap(cite(through))}`;
        const narrative = item.mode === 'author-in-text' && suffix && text.endsWith(suffix);
        return narrative ? `${wrap(item.key, `${text.slice(0, -suffix.length)}${added}`)}${suffix}` : wrap(item.key, `${text}${added}`);
      });
    }
    return result;
  }

  /**
   * One citeproc pass over the page, every cite in order: exact for any
   * style, and nothing is shared. A narrative citation is two cites, as
   * pandoc makes it: the author alone, then the rest without the author.
   */
  private formatInOnePass(citations: FormatCitation[], keys: string[]): { clusters: string[]; secondary: Map<string, string>[] } {
    // The works cited ones are known through (related.ts) are cites too, straight after theirs, so they are numbered in order.
    const through = (citation: FormatCitation) => [...new Set(citation.items.flatMap((item) => citedIn(this.items.get(item.key)) ?? []))];
    // A numeric style prints no author, so a narrative citation reads as any other ("(1)"), as in pandoc.
    const narrative = (citation: FormatCitation) => !this.style.numeric && citation.items[0]?.mode === 'author-in-text';
    const cites = citations.flatMap((citation) => {
      const items = this.ordered(citation.items).map((item) => cslCite(item, item.mode === 'suppress-author' ? 'suppress-author' : undefined));
      const secondary = through(citation).map((key) => [cslCite({ key, mode: 'normal', prefix: '', suffix: '' })]);
      if (!narrative(citation)) return [items, ...secondary];
      const [first, ...others] = citation.items;
      return [[cslCite(first!, 'author-only')], [cslCite({ ...first!, mode: 'suppress-author' })], ...(others.length > 0 ? [this.ordered(others).map((item) => cslCite(item))] : []), ...secondary];
    });
    const engine = this.roles.context(keys);
    const results = engine.rebuildProcessorState(
      // Cites come in the order ordered() gives; citeproc keeps it (numeric styles: its own order, by number).
      cites.map((citationItems, index) => ({ citationID: `c${index}`, citationItems, properties: { noteIndex: 0, ...(this.style.numeric ? {} : { unsorted: true }) } })),
      'kb-html',
    );
    const byNumber = this.numberedKeys(engine);
    // An author's grouped cites are joined as pandoc joins them, as in shared clusters (withinGroups).
    const html = results.map(([, , text]) => (this.style.numeric ? withNumberedKeys(etAl(text), byNumber) : this.withinGroups(etAl(text))));
    let next = 0;
    const secondary: Map<string, string>[] = [];
    const clusters = citations.map((citation) => {
      const cluster = (() => {
        if (!narrative(citation)) return this.layout(html[next++]!);
        const author = unwrap(html[next++]!);
        const own = html[next++]!;
        const rest = citation.items.length > 1 ? `${own}${this.style.layout.delimiter}${html[next++]!}` : own;
        const key = citation.items[0]!.key;
        if (!author.trim() || author.includes('NO_PRINTED_FORM')) return this.layout(rest);
        return citation.items.length > 1 ? `${wrap(key, author)} ${this.layout(rest)}` : wrap(key, `${author} ${this.layout(unwrap(rest))}`);
      })();
      secondary.push(new Map(through(citation).map((key) => [key, html[next++]!])));
      return cluster;
    });
    return { clusters, secondary };
  }

  /** Registered works by citation number, for cites citeproc wraps without their key (numbers, and ranges such as "1–3"). */
  private numberedKeys(engine: Engine): Map<string, string> {
    const registry = (engine as unknown as { registry: { registry: Record<string, { seq: number }> } }).registry.registry;
    return new Map(Object.entries(registry).map(([key, entry]) => [String(entry.seq), key]));
  }

  /** Cites shared between pages: rendered once per work and shape where no other work on the page shares a name, else once per context. */
  private formatShared(citation: FormatCitation, contexts: Map<string, string[]>): string {
    const { items } = citation;
    const keys = items.map((item) => item.key);
    const alone = keys.every((key) => contexts.get(key)!.length === 1) && new Set(keys).size === keys.length;
    if (alone) {
      const fast = this.formatAlone(items);
      if (fast !== undefined) return fast;
    }
    const tied = new Set(keys.flatMap((key) => contexts.get(key)!));
    const context = [...contexts.keys()].filter((key) => tied.has(key));
    const signature = JSON.stringify([context, items]);
    let html = this.cache.get(signature);
    if (html === undefined) {
      const [first, ...others] = items;
      html = first!.mode === 'author-in-text' ? this.narrative(context, first!, others, (rest) => this.cluster(context, this.ordered(rest).map((item) => cslCite(item)))) : this.layout(this.cluster(context, this.ordered(items).map((item) => cslCite(item))));
      this.cache.set(signature, html);
    }
    return html;
  }

  /**
   * Works that share no name with another on the page: each cite from the
   * shared engine, in the style's order, joined by its delimiter. Undefined
   * where only citeproc can say (two works the style cannot order, or
   * punctuation at a join that citeproc would merge).
   */
  private formatAlone(items: FormatItem[]): string | undefined {
    const [first, ...others] = items;
    if (first!.mode === 'author-in-text') {
      if (others.length > 0) return undefined;
      return this.narrative(shared, first!, [], ([item]) => this.cite(item!));
    }
    if (items.length === 1) return this.layout(this.cite(first!));
    const ordered = this.ordered(items);
    const grouped = ordered.some((item, index) => index > 0 && this.citeToken(item.key).names === this.citeToken(ordered[index - 1]!.key).names);
    const boundary = ordered.some((item, index) => /[.,;]$/.test(item.suffix) || (index > 0 && /^[.,;]/.test(item.prefix)));
    // Cites that citeproc collapses ("Smith, 2019, 2020") or whose punctuation it merges at the join: citeproc, on the shared engine.
    if (grouped || boundary) return this.layout(this.cached(ordered));
    return this.layout(ordered.map((item) => this.cite(item)).join(this.style.layout.delimiter));
  }

  /**
   * A citation's works in the order CSL 1.0.2 gives them, as pandoc orders
   * them: sorted by the style's citation keys (citeproc's own keys and
   * comparison; works the keys cannot tell apart stay in the order written),
   * then, where the style groups cites, each author's later cites moved up
   * to the first ("(Bennett, 2001, 2003; Zed, 2002; Roberts, 2003)").
   * citeproc's own clusters differ: its plain sort never groups, and its
   * grouped sort reorders works the keys cannot tell apart. Numeric styles
   * keep citeproc's order, by citation number.
   */
  private ordered(items: FormatItem[]): FormatItem[] {
    if (items.length < 2 || this.style.numeric) return items;
    const engine = this.roles.shared();
    const sorted = engine.citation_sort.tokens.length === 0 ? items : [...items].sort((a, b) => engine.citation.srt.compareCompositeKeys([null, { sortkeys: this.citationSortKeys(a.key) }], [null, { sortkeys: this.citationSortKeys(b.key) }]));
    if (!this.style.groupsCites || new Set(sorted.map((item) => this.citeToken(item.key).names)).size === sorted.length) return sorted;
    const groups = new Map<string, FormatItem[]>();
    for (const item of sorted) groups.set(this.authorText(item.key), [...(groups.get(this.authorText(item.key)) ?? []), item]);
    return [...groups.values()].flat();
  }

  /** A work's keys for the style's citation sort, from the shared engine. */
  private citationSortKeys(key: string): unknown[] {
    let keys = this.sortKeyCache.get(key);
    if (!keys) this.sortKeyCache.set(key, (keys = sortKeys(this.roles.shared(), sharedId(key), 'citation_sort')));
    return keys;
  }

  /**
   * One work's cite from the shared engine, without the layout's affixes.
   * A cite is its work's own part (names and date, rendered once per work)
   * with what the citation adds around it: prefix, locator, suffix. What
   * each combination of those adds is learned from citeproc once, on the
   * first work it is met with, and kept only if the exact cite is that
   * work's part with the addition around it; then a citation of another page,
   * or another work of the same type, costs no citeproc call. A locator
   * that is not a number or a range goes to citeproc as it is.
   */
  private cite(item: FormatItem): string {
    const range = item.locator ? /^(\d+)\s*[-–]\s*(\d+)$/.exec(item.locator) : null;
    const shape = item.locator === undefined ? 'none' : range ? 'range' : /^\d+$/.test(item.locator) ? 'single' : undefined;
    if (shape === undefined) return this.citeExactly(item);
    const { body, kind } = this.ownPart(item.key, item.mode);
    if (shape === 'none' && !item.prefix && !item.suffix) return wrap(item.key, body);
    const combination = JSON.stringify([kind, item.mode, item.prefix, item.suffix, item.label, shape]);
    let pattern = this.patterns.get(combination);
    if (pattern === undefined) {
      const sample = unwrap(this.citeExactly(shape === 'none' ? item : { ...item, locator: shape === 'range' ? '9998-9999' : '9999' }));
      const at = sample.indexOf(body);
      const [head, tail] = at < 0 ? [] : [sample.slice(0, at), sample.slice(at + body.length)];
      const placeholders = shape === 'range' ? ['9998', '9999'] : shape === 'single' ? ['9999'] : [];
      pattern = head !== undefined && placeholders.every((placeholder) => tail!.includes(placeholder) && !head.includes(placeholder)) ? { head, tail: tail! } : null;
      this.patterns.set(combination, pattern);
    }
    if (pattern === null) return this.citeExactly(item);
    const tail = range ? pattern.tail.replace('9998', range[1]!).replace('9999', range[2]!) : shape === 'single' ? pattern.tail.replace('9999', item.locator!) : pattern.tail;
    return wrap(item.key, `${pattern.head}${body}${tail}`);
  }

  /**
   * A work's own part of its cites in one mode (cite), and the kind of work
   * it is for learning what a citation adds: its type, the punctuation at
   * the edges of its part, which what is added may merge with ("n.d." and
   * "."), and the values a style shows only beside a locator
   * (StyleInfo.locatorVariables).
   */
  private ownPart(key: string, mode: CitationMode): { body: string; kind: string } {
    const id = `${mode}\u0001${key}`;
    let part = this.ownParts.get(id);
    if (!part) {
      const body = unwrap(this.citeExactly({ key, mode, prefix: '', suffix: '' }));
      const edges = [/^\p{L}|^\p{N}/u.test(body) ? 'word' : body[0], /[\p{L}\p{N})]$/u.test(body) ? 'word' : body.at(-1)];
      const work = this.items.get(key);
      part = { body, kind: JSON.stringify([work?.type, edges, this.style.locatorVariables.map((variable) => work?.[variable] ?? null)]) };
      this.ownParts.set(id, part);
    }
    return part;
  }

  private citeExactly(item: FormatItem): string {
    const plain = !item.prefix && !item.suffix && item.locator === undefined;
    return plain && item.mode === 'suppress-author' ? this.withoutAuthor(item.key) : this.cached([item]);
  }

  /**
   * A work's cite without its author ("2020"), which every narrative
   * citation needs: in the styles tried, citeproc's cite with the author
   * suppressed is the work's normal cite less its author part and the
   * delimiter after it. Both of those a page needs anyway (a narrative
   * citation is the author part, then this), so the cite is taken from them,
   * once the first work of the same type and kind of author has shown that
   * citeproc gives exactly that: one citeproc call a work instead of two. A
   * work that does not start with its author part, or a type where citeproc
   * gave something else, gets citeproc's own. The differential test
   * (format-contexts.test.ts) compares it with citeproc's own for works of
   * every type.
   */
  private withoutAuthor(key: string): string {
    const item: FormatItem = { key, mode: 'suppress-author', prefix: '', suffix: '' };
    const signature = cacheSignature([item]);
    const known = this.cache.get(signature);
    if (known !== undefined) return known;
    const work = this.items.get(key);
    const shape = JSON.stringify([work?.type, nameVariables.find((variable) => (work?.[variable] as CslItem['author'])?.length), work?.issued === undefined]);
    const [whole, head] = [unwrap(this.cite({ key, mode: 'normal', prefix: '', suffix: '' })), unwrap(this.authorOnly(key))];
    let delimiter = this.authorDelimiters.get(shape);
    if (delimiter === undefined) {
      const exact = unwrap(this.cached([item]));
      const fits = head && exact && whole.length >= head.length + exact.length && whole.startsWith(head) && whole.endsWith(exact);
      delimiter = fits ? whole.slice(head.length, whole.length - exact.length) : null;
      this.authorDelimiters.set(shape, delimiter);
    }
    const rest = delimiter !== null && head && whole.startsWith(head + delimiter) ? whole.slice(head.length + delimiter.length) : '';
    if (!rest) return this.cached([item]);
    this.cache.set(signature, wrap(key, rest));
    return wrap(key, rest);
  }

  /** A cluster from the shared engine, kept for every page that cites it the same way. */
  private cached(items: FormatItem[], mode?: 'author-only'): string {
    const signature = cacheSignature(items, mode);
    let html = this.cache.get(signature);
    if (html === undefined) {
      html = this.cluster(shared, items.map((item) => cslCite(item, mode)));
      this.cache.set(signature, html);
    }
    return html;
  }

  /**
   * A work's narrative label as text ("Makey et al. (2022)"), as if it were
   * the page's only work: link text that names the work. A numeric style's
   * cite names no one ("(3)", a number only a page's own list explains), so
   * there the label is the first author's surname, with "and" the second's
   * or "et al.", and the year; or the title, for a work without an author.
   */
  narrativeLabel(key: string): string {
    this.adoptShared();
    let label = this.labels.get(key);
    if (label === undefined) this.labels.set(key, (label = this.labelOf(key)));
    return label;
  }

  private labelOf(key: string): string {
    if (!this.style.numeric) return textOf(unwrap(this.formatAlone([{ key, mode: 'author-in-text', prefix: '', suffix: '' }]) ?? key));
    const item = this.items.get(key);
    const names = (nameVariables.map((variable) => item?.[variable] as CslItem['author']).find((list) => list && list.length > 0) ?? []).map((name) => (isOthers(name) || name.family === etAlMarker ? undefined : (name.family ?? name.literal)));
    const [first, second] = names;
    const authors = !first ? (item?.title ?? key) : names.length === 1 ? first : names.length === 2 && second ? `${first} and ${second}` : `${first} et al.`;
    const year = item?.issued?.['date-parts']?.[0]?.[0] ?? item?.issued?.literal;
    return year === undefined ? authors : `${authors} (${year})`;
  }

  /** Reference-list entries for a page that cites `keys` (in order of first citation), in the style's order. */
  references(keys: Iterable<string>): FormattedReference[] {
    const cited = this.withSecondary(keys).filter((key) => this.items.has(key));
    if (cited.length === 0) return [];
    // A list whose entries depend on the one before ("———") is the page's own, as is every list of a style that shares nothing.
    if (this.perPage || this.style.substitutesAuthors) return this.bibliography(this.roles.context(cited));
    const contexts = this.contexts(cited);
    const plain = this.sharedReferences();
    const entries = cited.map((key) => {
      const context = contexts.get(key)!;
      if (context.length === 1) return { key, ...plain.get(key)! };
      const signature = context.join('\u0001');
      let entries = this.contextReferences.get(signature);
      if (!entries) {
        entries = new Map(this.bibliography(this.roles.context(context)).map((entry, order) => [entry.key, { html: entry.html, order }]));
        this.contextReferences.set(signature, entries);
      }
      // Works of one context keep their place in the shared order; their order among themselves is citeproc's (year suffixes follow it).
      return { key, html: entries.get(key)!.html, order: plain.get(key)!.order, within: entries.get(key)!.order, context: signature };
    });
    const sorted = [...entries].sort((a, b) => a.order - b.order);
    for (const group of Map.groupBy(sorted.filter((entry) => 'context' in entry), (entry) => (entry as { context: string }).context).values()) {
      const slots = group.map((entry) => sorted.indexOf(entry));
      [...group].sort((a, b) => (a as { within: number }).within - (b as { within: number }).within).forEach((entry, index) => (sorted[slots[index]!] = entry));
    }
    return sorted.map(({ key, html }) => ({ key, html }));
  }

  /** Every work's entry as if it were cited alone, with its place in the style's order. */
  private sharedReferences(): Map<string, { html: string; order: number }> {
    this.adoptShared();
    return (this.plainReferences ??= new Map(this.bibliography(this.roles.sharedRegistry([...this.items.keys()])).map((entry, order) => [entry.key, { html: entry.html, order }])));
  }

  /** The registered works' entries, in citeproc's order. */
  private bibliography(engine: Engine): FormattedReference[] {
    const result = engine.makeBibliography();
    if (!result) return [];
    return result[0].entry_ids.map((ids, index) => ({ key: keyOf(ids[0]!), html: etAl(result[1][index]!.trim()) }));
  }

  /**
   * Entries for works that stand alone, such as this site's own pages in
   * "Cite this page": each as if it were the only work cited, so pages that
   * share an author and year do not become "2026a" and "2026b", nor, in a
   * style that substitutes a repeated author, "———". Each is formatted alone,
   * which costs no more than one list of all (about 1 ms an entry either
   * way) and keeps citeproc's registry small: a list of 10,000 pages held
   * hundreds of MB.
   */
  standalone(items: CslItem[]): Map<string, string> {
    return new Map(
      items.map((item) => {
        this.standaloneItems.set(item.id, forDisplay(item));
        const [entry] = this.bibliography(this.roles.sharedRegistry([item.id]));
        // A numeric style numbers the entries of a list; one cited alone has no list, so no number.
        return [item.id, !entry ? '' : this.style.numeric ? withoutNumber(entry.html) : entry.html];
      }),
    );
  }
}
