/**
 * Content pages are text, never code, and never anything the site would
 * silently remove. Every page is sanitised when it renders
 * (src/security/sanitise-html.ts); before that, the content gate reports
 * what the sanitiser would take away, each at its file and line with the
 * real reason: a <script>, an on...= event handler, a javascript: link, an
 * <iframe> or a <form>, in Markdown's raw HTML and in MDX's elements. MDX
 * may not run code either (src/content-checks/mdx-document.ts). Also
 * reported: a component used without an import, an image outside content/,
 * and MDX that cannot be parsed, which otherwise fail deep inside the build
 * with no line or fix a maintainer can use.
 */
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import type { ContentFile, Problem } from '../citations/check.ts';
import { referencesPlaceholder } from '../citations/citations-plugin.ts';
import { parseFile, type ParsedFile } from '../citations/scan.ts';
import { elementProblems, markupProblems } from './markup.ts';
import { attributeExpressionMessage, esmProblems, expressionMessage, literalValue, spreadMessage } from './mdx-document.ts';

interface Found {
  line: number;
  column: number;
  message: string;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

/** An HTML element written in MDX (lowercase, e.g. <iframe>) as an HTML start tag, with the attribute values written out. */
function jsxStartTag(name: string, attributes: JsxAttribute[]): string {
  const escape = (value: unknown) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const written = attributes.map(({ type, name: attribute, value }) => {
    if (type !== 'mdxJsxAttribute' || !attribute) return '';
    if (value === null || value === undefined) return ` ${attribute}`;
    if (typeof value === 'string') return ` ${attribute}="${escape(value)}"`;
    // Code in an attribute is reported on its own; a literal counts as what it says.
    const literal = literalValue(value.value);
    return literal.literal && literal.value !== undefined ? ` ${attribute}="${escape(literal.value)}"` : '';
  });
  return `<${name}${written.join('')}>`;
}

/** Where an image file is, if the image is a file beside the page rather than a web address. */
function localImage(url: string, file: ContentFile, projectRoot: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/|^#|^\?/i.test(url)) return undefined;
  return resolve(projectRoot, dirname(file.path), decodeURI(url.split(/[?#]/)[0]!));
}

function outsideContent(path: string, projectRoot: string): boolean {
  let real = path;
  try {
    real = realpathSync(path);
  } catch {
    // A missing image is Astro's to report; where it would be still counts.
  }
  const inside = relative(resolve(projectRoot, 'content'), real);
  return inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
}

const imageOutsideMessage = (url: string) =>
  `This image is outside content/ ("${url}"): the build publishes only what content/ holds. Put the image in content/, beside the page, and link it from there.`;

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
    switch (node.type) {
      case 'html':
        for (const problem of markupProblems(node.value)) {
          // Positions inside the HTML count from its first character.
          found.push({ line: start.line + problem.line - 1, column: problem.line === 1 ? start.column + problem.column - 1 : problem.column, message: problem.message });
        }
        return;
      case 'link':
      case 'definition':
      case 'image': {
        const { url } = node;
        const probe: Element = node.type === 'image' ? { type: 'element', tagName: 'img', properties: { src: url }, children: [] } : { type: 'element', tagName: 'a', properties: { href: url }, children: [] };
        for (const message of elementProblems(probe)) found.push({ ...at, message });
        const local = node.type === 'image' ? localImage(url, file, projectRoot) : undefined;
        if (local && outsideContent(local, projectRoot)) found.push({ ...at, message: imageOutsideMessage(url) });
        return;
      }
      case 'mdxjsEsm': {
        const esm = esmProblems(node.value, at, file.path, projectRoot);
        found.push(...esm.problems);
        for (const name of esm.imported) imported.add(name);
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!literalValue(node.value).literal) found.push({ ...at, message: expressionMessage(node.value) });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const attributes = node.attributes as JsxAttribute[];
        for (const { type, name: attribute = '', value } of attributes) {
          if (type === 'mdxJsxExpressionAttribute') found.push({ ...at, message: spreadMessage(String(value)) });
          else if (value && typeof value === 'object' && !literalValue(value.value).literal) found.push({ ...at, message: attributeExpressionMessage(attribute, value.value) });
        }
        if (/^[a-z][a-z0-9-]*$/.test(name)) {
          for (const { message } of markupProblems(jsxStartTag(name, attributes))) found.push({ ...at, message });
        } else if (name) {
          components.push({ name, ...at });
        }
        return;
      }
      default:
        return;
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
