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

/** A factory: Sätteri calls it once per page, so each page slugs its headings afresh. */
export function headingAnchors(): HastPluginDefinition {
  const slugger = new GithubSlugger();
  return defineHastPlugin({
    name: 'coproduction-kb:heading-anchors',
    element: {
      filter: ['h2', 'h3', 'h4'],
      visit(node, ctx) {
        const text = ctx.textContent(node).trim();
        const given = node.properties?.['id'];
        const id = typeof given === 'string' ? given : slugger.slug(text);
        ctx.setProperty(node, 'id', id);
        const anchor: Element = {
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
          children: [
            { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
            { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Link to this section: ${text}` }] },
          ],
        };
        // The wrapper's own children follow the heading it wraps.
        ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: ['heading-wrapper'] }, children: [anchor] });
      },
    },
  });
}
