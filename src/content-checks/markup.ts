/**
 * HTML written into content, checked against the schema every page is
 * sanitised with (src/security/sanitise-html.ts), so that what the sanitiser
 * would remove is reported first, with the real reason, instead of silently
 * vanishing from the page. The schema decides; this module only explains.
 */
import type { Element, Properties, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { find, html as htmlSpace } from 'property-information';
import { SKIP, visit } from 'unist-util-visit';
import { contentSchema } from '../security/sanitise-html.ts';

const scriptMessage = 'A <script> element. Content pages cannot run code: remove it. To show code to readers, put it in a code block between ``` lines.';
const handlerMessage = (name: string) => `An event handler (${name}=). Content pages cannot run code: remove the ${name} attribute.`;

/** javascript:, vbscript: and data: URLs run or load code; browsers ignore spaces, control characters and case in the scheme. */
const isCodeUrl = (url: string) => /^(?:javascript|vbscript|data):/i.test(url.replace(/[\s\u0000-\u001f]/g, ''));

/** The address as written, in quotes, with any tab or newline in it shown as \t or \n so the message stays on one line. */
const urlMessage = (url: string) =>
  isCodeUrl(url)
    ? `A link to ${JSON.stringify(url)}, which would run code. Link to a page address (e.g. /guidance/power/) or a web address starting https://.`
    : `A link to ${JSON.stringify(url)}, which the site does not publish: a link is a page address (e.g. /guidance/power/) or a web address starting https://, http:// or mailto: (in lowercase).`;

const formMessage = (tag: string) => `\`<${tag}>\` is not allowed in content: a page cannot collect what readers type. Link to the form instead.`;

/** Why an element is not allowed, for the elements whose reason a maintainer needs to hear. */
const elementReasons: Record<string, (tag: string) => string> = {
  script: () => scriptMessage,
  iframe: (tag) => `\`<${tag}>\` is not allowed in content: link to the page instead.`,
  object: (tag) => `\`<${tag}>\` is not allowed in content: link to the file instead.`,
  style: () => "`<style>` is not allowed in content: pages take their look from the site's stylesheet. Remove it.",
  link: () => "`<link>` is not allowed in content: pages take their look from the site's stylesheet. Remove it.",
  meta: () => '`<meta>` is not allowed in content: a page cannot redirect readers or change its own settings. Remove it, and link to the other page instead.',
  base: () => '`<base>` is not allowed in content: it would send every link on the page somewhere else. Remove it.',
  form: formMessage,
  svg: (tag) => `\`<${tag}>\` is not allowed in content: save the picture as a file in content/ and show it with ![what it shows](file.svg).`,
};
for (const tag of ['frame', 'frameset']) elementReasons[tag] = elementReasons['iframe']!;
for (const tag of ['embed', 'applet']) elementReasons[tag] = elementReasons['object']!;
for (const tag of ['input', 'button', 'select', 'textarea', 'option', 'fieldset']) elementReasons[tag] = formMessage;
elementReasons['math'] = elementReasons['svg']!;

const elementMessage = (tag: string) =>
  elementReasons[tag]?.(tag) ?? `\`<${tag}>\` is not allowed in content: the site removes it when the page is built. Write it in Markdown, or remove it.`;

/** Attributes whose value is an address. */
const urlProperties = new Set(['href', 'src', 'cite', 'action', 'formAction', 'poster', 'background', 'longDesc', 'xLinkHref', 'srcSet', 'ping']);

function attributeMessage(tag: string, property: string, value: unknown, kept: unknown): string {
  const name = find(htmlSpace, property).attribute;
  if (/^on/i.test(name)) return handlerMessage(name.toLowerCase());
  if (urlProperties.has(property) && typeof value === 'string') return urlMessage(value);
  if (property === 'style') return "A style attribute. Pages take their look from the site's stylesheet: remove style=.";
  // Of a list (class="a b"), only the values that would go.
  const removed = Array.isArray(value) ? value.filter((item) => !(Array.isArray(kept) && kept.includes(item))).join(' ') : value;
  const written = removed === true || removed === '' ? '' : `="${String(removed)}"`;
  return `The attribute ${name}${written} is not allowed on <${tag}> in content: the site removes it when the page is built. Remove it.`;
}

const handlers = (element: Element) =>
  Object.keys(element.properties)
    .map((property) => find(htmlSpace, property).attribute)
    .filter((name) => /^on/i.test(name))
    .map((name) => handlerMessage(name.toLowerCase()));

/** Out of context (a fragment of a page), so no element needs its ancestors here. */
const elementSchema = { ...contentSchema, ancestors: {} };

const same = (a: unknown, b: unknown) => (Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((value, index) => value === b[index]) : a === b);

/** What the sanitiser would take from one element (not its children), as messages. */
export function elementProblems(element: Element): string[] {
  const safe = sanitize({ ...element, children: [] }, elementSchema);
  // An element that goes entirely: why, and any code it would also have run.
  if (safe.type !== 'element') return [elementMessage(element.tagName), ...handlers(element)];
  if (element.tagName === 'input' && !same(safe.properties['type'], element.properties['type'])) return [formMessage('input')];
  const kept: Properties = safe.properties;
  return Object.entries(element.properties)
    .filter(([property, value]) => !same(kept[property], value))
    .map(([property, value]) => attributeMessage(element.tagName, property, value, kept[property]));
}

interface MarkupProblem {
  /** Position in the HTML, from 1. */
  line: number;
  column: number;
  message: string;
}

/** Every element in an HTML fragment the sanitiser would change, at its position in the fragment. */
export function markupProblems(html: string): MarkupProblem[] {
  const found: MarkupProblem[] = [];
  visit(fromHtml(html, { fragment: true }) as Root, 'element', (element: Element) => {
    const start = element.position?.start ?? { line: 1, column: 1 };
    for (const message of elementProblems(element)) found.push({ line: start.line, column: start.column, message });
    // What a stripped element holds goes with it (a <script>'s code, an <iframe>'s fallback); other removed elements leave their contents.
    return contentSchema.strip!.includes(element.tagName) ? SKIP : undefined;
  });
  return found;
}
