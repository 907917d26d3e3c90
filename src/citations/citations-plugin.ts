/**
 * Sätteri mdast plugin: resolves pandoc citations against the bibliography,
 * renders them in the site's CSL style with links to a reference list, and
 * places that list where `<References />` stands or at the end of the page.
 *
 * @example
 *   Staff share decisions [@makey2022, p. 3].
 *   → Staff share decisions (<a href="#ref-makey2022">Makey et al., 2022, p. 3</a>).
 *
 * An unknown key is an error with file:line:column and the closest keys. The
 * content gate reports those for the whole site before any page is rendered;
 * this is the renderer's own guard, for a page the gate never saw.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import type { Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { defineMdastPlugin, type MdastPluginDefinition, type MdastTarget, type MdastVisitorContext } from 'satteri';
import { isInside } from '../markdown/ancestors.ts';
import { AffixText } from './affixes.ts';
import type { Bibliography } from './bibliography.ts';
import { formatProblem, citationProblems } from './check.ts';
import { childAt, childLength, citationsInRun, citedKeysInOrder, linkTypes, type FoundCitation } from './collect.ts';
import type { CitationFormatter, FormatCitation } from './format.ts';
import type { LocatorMap } from './locator.ts';
import { citationHtml, PageCites, referenceListElement, type ReferenceNotes } from './render.ts';
import { timedCitations } from './timing.ts';
import { siteRoot } from '../config/site-paths.ts';

export interface CitationContext {
  bibliography: Bibliography;
  formatter: CitationFormatter;
  /** The site locale's locator terms, for reading "p. 33" and "chap. 2". */
  locators: LocatorMap;
  /** What to say under each work's reference: the kind of evidence it is (src/evidence/evidence-notes.ts). */
  notes?: ReferenceNotes;
}

export interface CitationsPluginOptions {
  /** Called on first use, so the bibliography is parsed once, when the first page needs it. */
  context: () => CitationContext;
}

/**
 * An mdast block that becomes the given hast element (its data.hName and
 * hChildren), so the site's hast plugins (heading anchors) still see it.
 */
function hastBlock(element: Element): RootContent {
  return { type: 'paragraph', children: [], data: { hName: element.tagName, hProperties: element.properties, hChildren: element.children } } as RootContent;
}

/** The MDX element a page writes where its reference list goes; this plugin replaces it, so it needs no import. */
export const referencesPlaceholder = 'References';

function isReferencesPlaceholder(node: RootContent): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === referencesPlaceholder;
}

/** A page whose citations cannot be rendered (unknown keys, a citation in link text); `line` and `column` point at the first. */
export class UnknownCitationError extends Error {
  readonly problems: string[];
  readonly line: number;
  readonly column: number;

  constructor(problems: string[], line: number, column: number) {
    super(problems.join('\n'));
    this.name = 'UnknownCitationError';
    this.problems = problems;
    this.line = line;
    this.column = column;
  }
}

const pathOf = (url: URL | undefined) => (url ? relative(siteRoot(), fileURLToPath(url)) : 'page');

function check(found: FoundCitation[], bibliography: Bibliography, ctx: MdastVisitorContext) {
  const problems = citationProblems(pathOf(ctx.fileURL), found, bibliography);
  const first = problems[0];
  if (!first) return;
  const count = `${problems.length} citation ${problems.length === 1 ? 'problem' : 'problems'}; see the messages above.`;
  throw new UnknownCitationError([...problems, { ...first, message: count }].map(formatProblem), first.line, first.column);
}

/** A run's children with its citations in place: text outside them kept, nodes inside them (their affixes' markup) rendered into them. */
function withCitations(run: FoundCitation['run'], citations: { start: number; end: number; html: string }[]): PhrasingContent[] {
  const children: PhrasingContent[] = [];
  let cursor = 0;
  const keep = (from: number, to: number) => {
    for (let offset = from; offset < to; ) {
      const { index, within } = childAt(run, offset);
      const child = run.children[index]!;
      const childEnd = run.starts[index]! + childLength(run, index);
      const end = Math.min(to, childEnd);
      if (child.type !== 'text' || (within === 0 && end === childEnd)) children.push(child);
      else children.push({ type: 'text', value: child.value.slice(within, within + end - offset) });
      offset = end;
    }
  };
  for (const citation of citations) {
    keep(cursor, citation.start);
    children.push({ type: 'html', value: citation.html });
    cursor = citation.end;
  }
  keep(cursor, run.text.length);
  return children;
}

/**
 * A factory, so each page collects its own citations. Text nodes are visited
 * as Sätteri walks the tree in Rust (only they cross into JavaScript); each
 * one holding an "@" brings in its parent, whose inline children are read as
 * one run once the whole page has been seen, when its works and their order
 * are known.
 */
export function citationsPlugin(options: CitationsPluginOptions): () => MdastPluginDefinition {
  return () => {
    const runs = new Map<Parent, boolean>();
    return defineMdastPlugin({
      name: 'evidence-site:citations',
      // Positions: messages name the line, and escapes ("\@") are read from the source.
      options: { position: true },
      text(node, ctx) {
        if (!node.value.includes('@')) return;
        const parent = ctx.parent(node) as Parent | undefined;
        if (parent && !runs.has(parent)) runs.set(parent, isInside(node, linkTypes, ctx));
      },
      after: (root, ctx) =>
        timedCitations(() => {
          const tree = root as Root;
          const placeholder = tree.children.find(isReferencesPlaceholder);
          if (runs.size === 0) {
            if (placeholder) ctx.removeNode(placeholder);
            return;
          }
          const { bibliography, formatter, locators, notes } = options.context();
          const found = [...runs].flatMap(([parent, inLink]) => citationsInRun(parent, ctx.source, inLink, locators)).sort((a, b) => a.line - b.line || a.column - b.column);
          if (found.length === 0) {
            if (placeholder) ctx.removeNode(placeholder);
            return;
          }
          check(found, bibliography, ctx);

          const affixes = found.map(({ run }) => new AffixText(run));
          const citations: FormatCitation[] = found.map(({ citation }, index) => ({
            items: citation.items.map((item) => ({ key: item.key, mode: item.mode, prefix: affixes[index]!.toCiteproc(item.prefix), suffix: affixes[index]!.toCiteproc(item.suffix), ...(item.locator ? { locator: item.locator, label: item.label } : {}) })),
          }));
          const clusters = formatter.formatPage(citations);
          const references = formatter.references(citedKeysInOrder(found));
          const previews = new Map(references.map((reference) => [reference.key, reference.html]));
          const cites = new PageCites();

          const byRun = Map.groupBy(
            found.map((entry, index) => ({ entry, html: citationHtml(affixes[index]!.restore(clusters[index]!), previews, cites, notes) })),
            ({ entry }) => entry.run,
          );
          for (const [run, entries] of byRun) {
            ctx.setProperty(run.parent as MdastTarget, 'children', withCitations(run, entries.map(({ entry, html }) => ({ start: entry.citation.start, end: entry.citation.end, html })).sort((a, b) => a.start - b.start)));
          }

          const list = hastBlock(referenceListElement(references, cites, notes));
          if (placeholder) ctx.replaceNode(placeholder, list);
          else ctx.appendChild(tree, list);
        }),
    });
  };
}
