/**
 * Sätteri hast plugin: gives every content heading (h2-h4) a stable id and a
 * visible "link to this section" anchor, so educators can link straight to a
 * section. Ids are slugged from the heading text with github-slugger, exactly
 * as Astro would, so they never change when this plugin is added or removed.
 * The anchor sits beside the heading, not inside it, so the heading's text
 * (read by screen readers and indexed by search) stays clean.
 *
 * @example
 *   <h2>In practice</h2>
 *   → <div class="heading-wrapper"><h2 id="in-practice">In practice</h2>
 *       <a class="heading-anchor" href="#in-practice"><span aria-hidden="true">#</span>
 *       <span class="visually-hidden">Link to this section: In practice</span></a></div>
 */
import GithubSlugger from 'github-slugger';
import type { Element } from 'hast';
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';
import { siteMessages } from '../messages/languages.ts';

/** The heading levels that get an id and an anchor (h2 to h4). */
export const anchoredDepths = [2, 3, 4] as const;

/**
 * The ids of one page's headings, given in document order: a heading's own id
 * if it has one, else its text slugged, repeats numbered ("barriers-1"). The
 * content check (src/links/content-anchors.ts) uses it to know a page's ids
 * without rendering it.
 */
export function headingIds(): (text: string, given?: unknown) => string {
  const slugger = new GithubSlugger();
  return (text, given) => (typeof given === 'string' ? given : slugger.slug(text.trim()));
}

/**
 * The ids Astro's own heading step (@astrojs/markdown-satteri), which runs
 * after this plugin, gives the headings this plugin leaves alone (h1, h5,
 * h6): their text slugged as it stands, untrimmed, and counted apart from
 * h2-h4, which reach it with an id already.
 */
export function astroHeadingIds(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(text);
}

/** A factory: Sätteri calls it once per page, so each page slugs its headings afresh. */
export function headingAnchors(): HastPluginDefinition {
  const idOf = headingIds();
  return defineHastPlugin({
    name: 'evidence-site:heading-anchors',
    element: {
      filter: anchoredDepths.map((depth) => `h${depth}` as const),
      visit(node, ctx) {
        const text = ctx.textContent(node).trim();
        const id = idOf(text, node.properties?.['id']);
        ctx.setProperty(node, 'id', id);
        const anchor: Element = {
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
          children: [
            { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
            { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: siteMessages().pageText.linkToSection(text) }] },
          ],
        };
        // The wrapper's own children follow the heading it wraps.
        ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: ['heading-wrapper'] }, children: [anchor] });
      },
    },
  });
}
