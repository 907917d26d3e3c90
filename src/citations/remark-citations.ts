/**
 * remark plugin: resolves pandoc citations against the bibliography, renders
 * them in the site's CSL style with links to a reference list, and places
 * that list where `<References />` stands or at the end of the page.
 *
 * @example
 *   Co-production shares power [@makey2022, p. 3].
 *   → Co-production shares power (<a href="#ref-makey2022">Makey et al., 2022, p. 3</a>).
 *
 * An unknown key is an error with file:line:column and the closest keys.
 */
import type { Element } from 'hast';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Bibliography } from './bibliography.ts';
import { citedKeysInOrder, collectCitations, type FoundCitation } from './collect.ts';
import type { CitationFormatter } from './format.ts';
import { ruleIds, unknownKeyMessage } from './messages.ts';
import { splitText } from '../markdown/split-text.ts';
import { citationElement, referenceListElement } from './render.ts';
import { timedCitations } from './timing.ts';

export interface CitationContext {
  bibliography: Bibliography;
  formatter: CitationFormatter;
}

export interface RemarkCitationsOptions {
  /** Called on first use, so the bibliography is parsed once, when the first page needs it. */
  context: () => CitationContext;
}

/**
 * An mdast node that remark-rehype turns into the given hast element (its
 * data.hName/hChildren), without teaching every later plugin a new node type.
 */
function hastNode(element: Element): PhrasingContent {
  return { type: 'text', value: '', data: { hName: element.tagName, hProperties: element.properties, hChildren: element.children } } as PhrasingContent;
}

/** The MDX element a page writes where its reference list goes; this plugin replaces it, so it needs no import. */
export const referencesPlaceholder = 'References';

function isReferencesPlaceholder(node: RootContent): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === referencesPlaceholder;
}

export function remarkCitations(options: RemarkCitationsOptions) {
  return (tree: Root, file: VFile) => timedCitations(() => {
    const found = collectCitations(tree, file);
    const placeholder = tree.children.findIndex(isReferencesPlaceholder);
    if (found.length === 0) {
      if (placeholder >= 0) tree.children.splice(placeholder, 1);
      return;
    }
    const { bibliography, formatter } = options.context();

    const unknown = found.flatMap(({ citation, line, column }) =>
      citation.items.filter((item) => !bibliography.items.has(item.key)).map((item) => ({ item, line, column })),
    );
    for (const { item, line, column } of unknown) {
      file.message(unknownKeyMessage(item.key, bibliography.items.keys()), { place: { line, column }, ruleId: ruleIds.unknownKey, source: 'citations' });
    }
    if (unknown.length > 0) {
      file.fail(`${unknown.length} unknown citation ${unknown.length === 1 ? 'key' : 'keys'}; see the messages above.`, {
        place: { line: unknown[0]!.line, column: unknown[0]!.column },
        ruleId: ruleIds.unknownKey,
        source: 'citations',
      });
    }

    const keys = citedKeysInOrder(found);
    formatter.startPage(keys);
    const references = formatter.references(keys);
    const previews = new Map(references.map((reference) => [reference.key, reference.html]));
    let previewCount = 0;
    const nextId = () => `cite-preview-${(previewCount += 1)}`;

    replaceCitations(found, (citation) => hastNode(citationElement(formatter.format(citation), previews, nextId)));

    const list = hastNode(referenceListElement(references)) as unknown as RootContent;
    if (placeholder >= 0) tree.children.splice(placeholder, 1, list);
    else tree.children.push(list);
  });
}

/** Splits each text node around its citations, keeping the text between them. */
function replaceCitations(found: FoundCitation[], render: (citation: FoundCitation['citation']) => PhrasingContent) {
  for (const [node, entries] of Map.groupBy(found, (entry) => entry.node)) {
    splitText(node, entries[0]!.parent, entries.map(({ citation }) => ({ start: citation.start, end: citation.end, node: render(citation) })));
  }
}
