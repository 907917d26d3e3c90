/**
 * Sätteri hast plugin: maintainers link between pages root-relatively
 * ("/guidance/power/"), as the site appears at its own root. When the site is
 * built for a subfolder (BASE_PATH=/kb/), those links get the folder in front
 * so they never escape it.
 *
 * @example
 *   <a href="/guidance/power/">  →  <a href="/kb/guidance/power/">   (base "/kb/")
 */
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

/** `base` is the site's base path, with slashes at both ends ("/" or "/kb/"); none is needed at "/". */
export function baseLinks(base: string): HastPluginDefinition[] {
  const prefix = base.replace(/\/$/, '');
  if (!prefix) return [];
  return [
    defineHastPlugin({
      name: 'evidence-site:base-links',
      element: {
        filter: ['a'],
        visit(node, ctx) {
          const href = node.properties?.['href'];
          // "//host/..." is protocol-relative, not a path on this site.
          if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`${prefix}/`)) ctx.setProperty(node, 'href', prefix + href);
        },
      },
    }),
  ];
}
