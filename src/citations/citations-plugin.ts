/**
 * Sätteri mdast plugin: resolves pandoc citations against the bibliography,
 * renders them in the site's CSL style with links to a reference list, and
 * places that list where `<References />` stands or at the end of the page.
 *
 * @example
 *   Co-production shares power [@makey2022, p. 3].
 *   → Co-production shares power (<a href="#ref-makey2022">Makey et al., 2022, p. 3</a>).
 *
 * An unknown key is an error with file:line:column and the closest keys. The
 * content gate reports those for the whole site before any page is rendered;
 * this is the renderer's own guard, for a page the gate never saw.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import type { Root, RootContent, Text } from 'mdast';
import { defineMdastPlugin, type MdastPluginDefinition, type MdastVisitorContext } from 'satteri';
import { isInside } from '../markdown/ancestors.ts';
import type { Bibliography } from './bibliography.ts';
import { citationFree, citationsInText, citedKeysInOrder, type FoundCitation } from './collect.ts';
import type { CitationFormatter } from './format.ts';
import { formatProblem, unknownCitedKeys } from './check.ts';
import { splitText } from '../markdown/split-text.ts';
import { citationHtml, referenceListElement } from './render.ts';
import { timedCitations } from './timing.ts';

export interface CitationContext {
  bibliography: Bibliography;
  formatter: CitationFormatter;
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

/** A page that cites works the bibliography does not hold; `line` and `column` point at the first. */
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

const pathOf = (url: URL | undefined) => (url ? relative(process.cwd(), fileURLToPath(url)) : 'page');

function checkKeys(found: FoundCitation[], bibliography: Bibliography, ctx: MdastVisitorContext) {
  const problems = unknownCitedKeys(pathOf(ctx.fileURL), found, bibliography);
  const first = problems[0];
  if (!first) return;
  const count = `${problems.length} unknown citation ${problems.length === 1 ? 'key' : 'keys'}; see the messages above.`;
  throw new UnknownCitationError([...problems, { ...first, message: count }].map(formatProblem), first.line, first.column);
}

/**
 * A factory, so each page collects its own citations. Text nodes are visited
 * as Sätteri walks the tree in Rust (only they cross into JavaScript); they
 * are replaced once the whole page has been read, when its works and their
 * order are known.
 */
export function citationsPlugin(options: CitationsPluginOptions): () => MdastPluginDefinition {
  return () => {
    const found: FoundCitation[] = [];
    return defineMdastPlugin({
      name: 'coproduction-kb:citations',
      // Positions: messages name the line, and escapes ("\@") are read from the source.
      options: { position: true },
      text(node, ctx) {
        if (node.value.includes('@') && !isInside(node, citationFree, ctx)) found.push(...timedCitations(() => citationsInText(node as Text, ctx.source)));
      },
      after: (root, ctx) =>
        timedCitations(() => {
          const tree = root as Root;
          const placeholder = tree.children.find(isReferencesPlaceholder);
          if (found.length === 0) {
            if (placeholder) ctx.removeNode(placeholder);
            return;
          }
          const { bibliography, formatter } = options.context();
          checkKeys(found, bibliography, ctx);

          const keys = citedKeysInOrder(found);
          formatter.startPage(keys);
          const references = formatter.references(keys);
          const previews = new Map(references.map((reference) => [reference.key, reference.html]));
          let previewCount = 0;
          const nextId = () => `cite-preview-${(previewCount += 1)}`;

          for (const [node, entries] of Map.groupBy(found, (entry) => entry.node)) {
            const replacements = entries.map(({ citation }) => ({ start: citation.start, end: citation.end, node: { type: 'html' as const, value: citationHtml(formatter.format(citation), previews, nextId) } }));
            ctx.replaceNode(node, splitText(node, replacements));
          }

          const list = hastBlock(referenceListElement(references));
          if (placeholder) ctx.replaceNode(placeholder, list);
          else ctx.appendChild(tree, list);
        }),
    });
  };
}
