/**
 * rehype plugin: maintainers link between pages root-relatively
 * ("/guidance/power/"), as the site appears at its own root. When the site is
 * built for a subfolder (BASE_PATH=/kb/), those links get the folder in front
 * so they never escape it.
 *
 * @example
 *   <a href="/guidance/power/">  →  <a href="/kb/guidance/power/">   (base "/kb/")
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface RehypeBaseLinksOptions {
  /** The site's base path, with slashes at both ends ("/" or "/kb/"). */
  base: string;
}

export function rehypeBaseLinks({ base }: RehypeBaseLinksOptions) {
  const prefix = base.replace(/\/$/, '');
  return (tree: Root) => {
    if (!prefix) return;
    visit(tree, 'element', (node) => {
      const href = node.properties['href'];
      // "//host/..." is protocol-relative, not a path on this site.
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`${prefix}/`)) {
        node.properties['href'] = prefix + href;
      }
    });
  };
}
