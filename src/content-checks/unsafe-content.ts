/**
 * Content pages are text, never code: a <script>, an on...= event handler or
 * a javascript: link in Markdown or MDX would run in every reader's browser.
 * Each is an error at its file and line, as is an MDX component that is used
 * without an import or imported from a file that does not exist, and MDX
 * that cannot be parsed: these otherwise fail deep inside the build, with no
 * line or no fix a maintainer can use.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { ContentFile, Problem } from '../citations/check.ts';
import { referencesPlaceholder } from '../citations/citations-plugin.ts';
import { parseFile, type ParsedFile } from '../citations/scan.ts';

const scriptMessage = 'A <script> element. Content pages cannot run code: remove it. To show code to readers, put it in a code block between ``` lines.';
const handlerMessage = (name: string) => `An event handler (${name}=). Content pages cannot run code: remove the ${name} attribute.`;
const urlMessage = (url: string) => `A link to "${url}", which would run code. Link to a page address (e.g. /guidance/power/) or a web address starting https://.`;

/** javascript:, vbscript: and data: URLs run or load code; browsers ignore spaces and case in the scheme. */
const isCodeUrl = (url: string) => /^(?:javascript|vbscript|data):/i.test(url.replace(/[\s\u0000-\u001f]/g, ''));
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster']);

interface Found {
  line: number;
  column: number;
  message: string;
}

/** Raw HTML in a Markdown page, checked element by element. */
function unsafeHtml(html: string, line: number, column: number): Found[] {
  const found: Found[] = [];
  visit(fromHtml(html, { fragment: true }) as HastRoot, 'element', (element: Element) => {
    const at = { line: line + (element.position?.start.line ?? 1) - 1, column: element.position?.start.line === 1 ? column + (element.position.start.column - 1) : (element.position?.start.column ?? 1) };
    if (element.tagName === 'script') found.push({ ...at, message: scriptMessage });
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) found.push({ ...at, message: handlerMessage(name.toLowerCase()) });
      else if (typeof value === 'string' && isCodeUrl(value)) found.push({ ...at, message: urlMessage(value) });
    }
  });
  return found;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** `read` is the file parsed once for every check (src/integrations/content-gate.ts). */
export function unsafeContent(file: ContentFile, projectRoot: string, read: ParsedFile = parseFile(file)): Problem[] {
  if (!read.parsed) {
    const { line, column, reason } = read.error;
    return [
      {
        path: file.path,
        line,
        column,
        message: `This MDX cannot be read: ${reason.replace(/\.$/, '')}. Close every <tag> you open (or write <tag />), and write a literal { or < in text as \\{ or &lt;.`,
      },
    ];
  }
  const { tree } = read.parsed;
  const found: Found[] = [];
  const imported = new Set<string>([referencesPlaceholder]);
  const components: { name: string; line: number; column: number }[] = [];
  visit(tree, (node) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    const at = { line: start.line, column: start.column };
    if (node.type === 'html') found.push(...unsafeHtml(node.value, start.line, start.column));
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && isCodeUrl(node.url)) found.push({ ...at, message: urlMessage(node.url) });
    if (node.type === 'mdxjsEsm') {
      for (const match of node.value.matchAll(/import\s+([\s\S]*?)\s+from\s+['"]([^'"]+)['"]/g)) {
        const [, names = '', from = ''] = match;
        for (const name of names.match(/[A-Za-z_$][\w$]*/g) ?? []) if (name !== 'as') imported.add(name);
        if (from.startsWith('.') && !existsSync(resolve(projectRoot, dirname(file.path), from))) {
          found.push({ ...at, message: `This imports "${from}", which does not exist. Check the file name and path (relative to this page), or remove the import.` });
        }
      }
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (name.toLowerCase() === 'script') found.push({ ...at, message: scriptMessage });
      if (/^[A-Z]/.test(name)) components.push({ name, ...at });
      for (const attribute of node.attributes as JsxAttribute[]) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
        if (/^on/i.test(attribute.name)) found.push({ ...at, message: handlerMessage(attribute.name.toLowerCase()) });
        else if (urlAttributes.has(attribute.name.toLowerCase()) && typeof attribute.value === 'string' && isCodeUrl(attribute.value)) found.push({ ...at, message: urlMessage(attribute.value) });
      }
    }
  });
  for (const { name, ...at } of components) {
    // Capitalised names are components: one never imported fails only when the page renders.
    if (!imported.has(name.split('.')[0]!)) {
      found.push({ ...at, message: `<${name}> is not a known component: this page does not import it. Add an import line at the top of the page, or remove <${name}>.` });
    }
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column).map((problem) => ({ path: file.path, ...problem }));
}
