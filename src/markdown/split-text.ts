/**
 * The pieces an mdast text node becomes when ranges of it are replaced by
 * other nodes, keeping the text between them: the shared step of every
 * plugin that turns words in prose into something else (citations, glossary
 * links). The plugin hands the pieces to Sätteri's replaceNode.
 */
import type { PhrasingContent, Text } from 'mdast';

export interface Replacement {
  start: number;
  end: number;
  node: PhrasingContent;
}

export function splitText(node: Text, replacements: Replacement[]): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let cursor = 0;
  for (const { start, end, node: replacement } of [...replacements].sort((a, b) => a.start - b.start)) {
    if (start > cursor) parts.push({ type: 'text', value: node.value.slice(cursor, start) });
    parts.push(replacement);
    cursor = end;
  }
  if (cursor < node.value.length) parts.push({ type: 'text', value: node.value.slice(cursor) });
  return parts;
}
