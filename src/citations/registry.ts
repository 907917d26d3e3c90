/**
 * Who cites what, across the whole site. Built from the content's source
 * (not from rendered pages) so /references/ can list "Cited on" whatever order
 * Astro renders pages in. Uses the same citation finder as the remark plugin.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { citedKeysInOrder, collectCitations } from './collect.ts';

export interface CitingPage {
  title: string;
  href: string;
}

export interface RegistryInput extends CitingPage {
  body: string;
  mdx: boolean;
  /** Keys the page names in frontmatter (a case study's sources, an evidence page's citationKey). */
  frontmatterKeys: string[];
}

const markdown = unified().use(remarkParse).use(remarkGfm);
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export function citedKeys(body: string, isMdx: boolean): string[] {
  const file = new VFile(body);
  const tree = (isMdx ? mdx : markdown).parse(file) as Root;
  return citedKeysInOrder(collectCitations(tree, file));
}

/** Map from citation key to the pages citing it, each page once, in the order given. */
export function buildRegistry(pages: RegistryInput[]): Map<string, CitingPage[]> {
  const registry = new Map<string, CitingPage[]>();
  for (const page of pages) {
    for (const key of new Set([...page.frontmatterKeys, ...citedKeys(page.body, page.mdx)])) {
      const citing = registry.get(key) ?? [];
      citing.push({ title: page.title, href: page.href });
      registry.set(key, citing);
    }
  }
  return registry;
}
