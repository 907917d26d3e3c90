/**
 * Who cites what, across the whole site. Built from the content's source
 * (not from rendered pages) so /references/ can list "Cited on" whatever order
 * Astro renders pages in. Uses the same citation finder as the remark plugin.
 */
import { citedKeysInOrder } from './collect.ts';
import { scanCitations } from './scan.ts';

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

/** Map from citation key to the pages citing it, each page once, in the order given. */
export function buildRegistry(pages: RegistryInput[]): Map<string, CitingPage[]> {
  const registry = new Map<string, CitingPage[]>();
  for (const page of pages) {
    for (const key of new Set([...page.frontmatterKeys, ...citedKeysInOrder(scanCitations(page.body, page.mdx))])) {
      const citing = registry.get(key) ?? [];
      citing.push({ title: page.title, href: page.href });
      registry.set(key, citing);
    }
  }
  return registry;
}
