/**
 * The prose of a content page, as a reader meets it: paragraphs, list items
 * and table cells, without headings, code or citation markup, one block per
 * paragraph so sentence counts stay honest.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { findCitations } from '../citations/parse.ts';

function withoutCitations(text: string): string {
  let result = '';
  let cursor = 0;
  for (const citation of findCitations(text)) {
    result += text.slice(cursor, citation.start);
    cursor = citation.end;
  }
  return (result + text.slice(cursor)).replace(/\s+([.,;:)])/g, '$1').replace(/\(\s*\)/g, '');
}

export function proseOf(tree: Root): string {
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      blocks.push(withoutCitations(toString(node)));
      return 'skip';
    }
    return node.type === 'code' || node.type === 'heading' ? 'skip' : undefined;
  });
  // Table cells and list items rarely end in a full stop; each is its own sentence.
  return blocks.map((block) => (/[.!?]$/.test(block.trim()) ? block : `${block}.`)).join('\n\n');
}
