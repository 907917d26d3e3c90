/**
 * rehype plugin: gives every content heading (h2-h4) a stable id and a
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
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

const linked = new Set(['h2', 'h3', 'h4']);

export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node, index, parent) => {
      if (!linked.has(node.tagName) || !parent || index === undefined) return;
      const text = toString(node).trim();
      const id = typeof node.properties['id'] === 'string' ? node.properties['id'] : slugger.slug(text);
      node.properties['id'] = id;
      const anchor: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Link to this section: ${text}` }] },
        ],
      };
      parent.children[index] = { type: 'element', tagName: 'div', properties: { className: ['heading-wrapper'] }, children: [node, anchor] };
      return SKIP;
    });
  };
}
