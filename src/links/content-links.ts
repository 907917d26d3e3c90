/**
 * The links a content page writes, read from the parse the content check
 * already made of it: Markdown links and link definitions, and <a href> in
 * raw HTML or MDX, each at the line and column of its address so a broken
 * one is reported where a maintainer can fix it. Images are not links: Astro
 * resolves them, and fails on a missing one, as it builds the page.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface WrittenLink {
  href: string;
  line: number;
  column: number;
}

/** 1-based line and column of each offset in `text`. */
function positions(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/** Where the address starts in a link's source, `from` characters in: after "](" or "]:", spaces and an opening "<". */
function addressOffset(raw: string, marker: string, from: number): number | undefined {
  const found = raw.indexOf(marker, from);
  if (found < 0) return undefined;
  let offset = found + marker.length;
  while (raw[offset] === ' ' || raw[offset] === '\t' || raw[offset] === '\n') offset += 1;
  return raw[offset] === '<' ? offset + 1 : offset;
}

const anchorHrefs = /<a\s[^>]*?href\s*=\s*["']([^"']*)["']/gi;

/** `body` is the text the tree was parsed from (the file with its frontmatter blanked), so positions are the file's. */
export function contentLinks(tree: Root, body: string): WrittenLink[] {
  const at = positions(body);
  const links: WrittenLink[] = [];
  visit(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'link' || node.type === 'definition') {
      const raw = body.slice(start, end);
      // A link's text may itself hold "](", so the address is looked for after it.
      const textEnd = node.type === 'link' ? (node.children.at(-1)?.position?.end.offset ?? start) - start : 0;
      const offset = addressOffset(raw, node.type === 'link' ? '](' : ']:', textEnd);
      links.push({ href: node.url, ...at(start + (offset ?? 0)) });
    } else if (node.type === 'html') {
      for (const match of node.value.matchAll(anchorHrefs)) links.push({ href: match[1]!.replace(/&amp;/g, '&'), ...at(start + match.index) });
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
      const href = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href')?.value;
      if (typeof href === 'string') links.push({ href, ...at(start) });
    }
  });
  return links;
}
