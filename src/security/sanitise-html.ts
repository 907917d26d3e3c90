/**
 * Every content page's HTML passes through hast-util-sanitize when it is
 * rendered, whatever the content gate found: content arrives by pull request
 * and pull requests are built, so the page itself must not be able to carry
 * script, a redirect, a form or another site's frame into a reader's browser
 * even if a check were missed.
 *
 * The schema is GitHub's (hast-util-sanitize's defaultSchema) with two kinds
 * of change. Narrower: links may use only http, https and mailto (or be
 * relative), and elements whose text is code or hidden (script, style,
 * iframe…) go with their contents. Wider, only for markup the site itself
 * writes into pages: heading anchors, table regions, citations and their
 * previews, reference lists, glossary links, the content components in
 * src/components/content/, and images from Astro's image pipeline.
 */
import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { parseFragment } from 'parse5';

type Attributes = NonNullable<Schema['attributes']>;

const defaults = defaultSchema.attributes!;
/** The default's attributes for `tagName` other than its class list, which the site replaces. */
const defaultAttributes = (tagName: string) => (defaults[tagName] ?? []).filter((definition) => !(Array.isArray(definition) && definition[0] === 'className'));

/** The site's own markup: which classes and attributes each element may carry beyond GitHub's. */
const siteAttributes: Attributes = {
  // Heading anchors, glossary links, citation links and references' links back to them, GFM footnote back-links.
  a: [...defaultAttributes('a'), ['className', 'heading-anchor', 'glossary-link', 'cite__link', 'references__backlink', 'data-footnote-backref'], 'dataPagefindIgnore'],
  // Heading anchors' wrappers; notes (src/components/content/Note.astro).
  div: [...defaultAttributes('div'), ['className', 'heading-wrapper', 'note'], ['role', 'note']],
  img: [...defaultAttributes('img'), ['loading', 'lazy', 'eager'], ['decoding', 'async', 'sync', 'auto']],
  // Table regions that scroll on a phone; reference lists; GFM footnotes.
  section: [['className', 'table-scroll', 'references', 'footnotes'], 'ariaLabel', 'ariaLabelledBy', 'dataPagefindIgnore', 'dataFootnotes'],
  // Citations, their previews (citeproc's entries, whose blocks became spans), references' back-links, evidence notes, and text for screen readers only.
  span: [
    ['className', 'citation', 'cite', 'cite__preview', 'references__backlinks', 'evidence-note', 'csl-entry', 'csl-left-margin', 'csl-right-inline', 'csl-block', 'csl-indent', 'csl-normal', 'csl-small-caps', 'csl-underline', 'visually-hidden'],
    ['role', 'tooltip'],
    ['ariaHidden', 'true'],
    'dataPagefindIgnore',
  ],
  strong: [['className', 'note__label']],
  // GFM tables write column alignment as a style; nothing else may.
  td: [['style', 'text-align: left', 'text-align: center', 'text-align: right']],
  th: [['style', 'text-align: left', 'text-align: center', 'text-align: right']],
  ul: [...defaultAttributes('ul'), ['className', 'contains-task-list', 'references__list']],
};

/** A form's attributes: content has no forms, and GitHub's list allows them on every element, unchecked (action="javascript:..."). */
const formAttributes = new Set(['accept', 'acceptCharset', 'action', 'encType', 'method']);

export const contentSchema: Schema = {
  ...defaultSchema,
  attributes: { ...defaults, ...siteAttributes, '*': defaults['*']!.filter((definition) => !formAttributes.has(String(definition))) },
  // GitHub prefixes ids ("user-content-") so that a page's ids cannot
  // clobber the globals of the page's scripts. Content pages run no script,
  // and their ids are the addresses readers link to (#in-practice, #ref-x).
  clobber: [],
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'] },
  // Removed with what they hold, whose text is code, styles or fallbacks, not prose.
  strip: ['script', 'style', 'template', 'iframe', 'frame', 'frameset', 'noscript', 'noembed', 'noframes', 'object', 'embed', 'applet', 'textarea', 'select', 'title', 'xmp', 'plaintext', 'svg', 'math'],
};

/**
 * A page's content HTML with everything outside the schema removed. Parsed
 * by parse5, the HTML parser browsers follow, without source positions (a
 * third of the time hast-util-from-html takes here); written back with named
 * references (&amp;), as the Markdown renderer writes them.
 */
export function sanitiseHtml(html: string): string {
  return toHtml(sanitize(fromParse5(parseFragment(html)) as Root, contentSchema), { characterReferences: { useNamedReferences: true } });
}
