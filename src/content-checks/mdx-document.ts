/**
 * MDX as a document format, not a program. MDX can import any module,
 * export values and evaluate any JavaScript in {braces}, all while the site
 * builds on the machine that builds it: `{process.env.HOME}` prints the
 * builder's home folder, `import { readFileSync } from 'node:fs'` reads its
 * files. Content arrives by pull request, so a content page may only:
 *
 * - import the site's content components by name
 *   (src/components/content/allowed.ts): by the generator's name for each,
 *   or by a relative path resolved to its file and compared with the list,
 *   so no path trick reaches another file;
 * - hold plain literals in braces ({'{'}, {" "}) and comments;
 * - give elements and components attributes whose values are written out.
 *
 * Everything else is an error at its position that says what to write.
 * Anything more belongs in src/, reviewed as code.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse, type Node as EsNode, type Program } from 'acorn';
import { componentFile, componentSpecifier, contentComponents } from '../components/content/allowed.ts';

interface MdxProblem {
  line: number;
  column: number;
  message: string;
}

interface Position {
  line: number;
  column: number;
}

const parseOptions = { ecmaVersion: 'latest', sourceType: 'module', locations: true } as const;

function program(code: string): Program | undefined {
  try {
    return parse(code, parseOptions);
  } catch {
    return undefined;
  }
}

/** A value written out: a string, number, true/false/null, or a template with nothing inserted. */
function isPlainLiteral(expression: EsNode): boolean {
  if (expression.type === 'Literal') {
    const literal = expression as EsNode & { value: unknown; regex?: unknown; bigint?: unknown };
    return !literal.regex && !literal.bigint;
  }
  return expression.type === 'TemplateLiteral' && (expression as EsNode & { expressions: unknown[] }).expressions.length === 0;
}

/** Whether the code in {braces} is nothing but a comment or a plain literal; returns the literal's value when there is one. */
export function literalValue(code: string): { literal: true; value?: unknown } | { literal: false } {
  const parsed = program(code);
  if (!parsed) return { literal: false };
  if (parsed.body.length === 0) return { literal: true };
  const [statement] = parsed.body;
  if (parsed.body.length !== 1 || statement!.type !== 'ExpressionStatement' || !isPlainLiteral(statement.expression)) return { literal: false };
  const expression = statement.expression as EsNode & { value?: unknown; quasis?: { value: { cooked: string } }[] };
  return { literal: true, value: expression.type === 'Literal' ? expression.value : expression.quasis![0]!.value.cooked };
}

const shorten = (code: string) => (code.length > 40 ? `${code.slice(0, 37)}...` : code).replace(/\s+/g, ' ');

export const expressionMessage = (code: string) =>
  `{${shorten(code)}} is code, which would run when the site is built. Content pages hold text: write the words themselves (a literal { is written \\{).`;

export const attributeExpressionMessage = (name: string, code: string) =>
  `${name}={${shorten(code)}} is code, which would run when the site is built. Write the value in quotes: ${name}="...".`;

export const spreadMessage = (code: string) =>
  `{${shorten(code)}} (a spread attribute) is code, which would run when the site is built. Write each attribute out: name="value".`;

const exportMessage =
  '`export` is not allowed in content: a page cannot define values or code. Write the text in the page; anything else belongs in src/, reviewed as code.';

/** `import Note from 'evidence-site/components/Note.astro'`, for each component a page may import. */
const importLines = contentComponents.map((name) => `import ${name} from '${componentSpecifier(name)}'`).join(' or ');

function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The component an import names: by the generator's name for it, or by a
 * path relative to the page that resolves to its very file.
 */
function allowedComponent(from: string, pageDir: string): string | undefined {
  const byName = contentComponents.find((name) => from === componentSpecifier(name));
  if (byName) return byName;
  // Only paths relative to the page: another package, node:, https: or an absolute path is never a content component.
  if (!/^\.\.?\//.test(from)) return undefined;
  const target = realPath(resolve(pageDir, from));
  if (!target) return undefined;
  return contentComponents.find((name) => realPath(componentFile(name)) === target);
}

interface ImportStatement extends EsNode {
  source: { value: unknown };
  specifiers: (EsNode & { local: { name: string } })[];
  attributes?: unknown[];
}

function importProblem(statement: ImportStatement, pageDir: string): string | undefined {
  const from = String(statement.source.value);
  const component = allowedComponent(from, pageDir);
  if (!component) {
    if (/^\.\.?\//.test(from) && !existsSync(resolve(pageDir, from))) {
      return `This imports "${from}", which does not exist. Content pages may import only the site's content components: ${importLines}.`;
    }
    return `This imports "${from}", which is not one of the site's content components, the only imports a content page may have: ${importLines}. Anything else belongs in src/, reviewed as code.`;
  }
  const [specifier] = statement.specifiers;
  const byName = statement.specifiers.length === 1 && specifier!.type === 'ImportDefaultSpecifier' && specifier!.local.name === component;
  if (!byName || (statement.attributes?.length ?? 0) > 0) return `Import the component by its own name, and nothing else: import ${component} from '${from}'.`;
  return undefined;
}

/** Where a node of code found at `at` (the position of its first character in the file) starts in the file. */
function positionIn(at: Position, node: EsNode): Position {
  const start = node.loc!.start;
  return start.line === 1 ? { line: at.line, column: at.column + start.column } : { line: at.line + start.line - 1, column: start.column + 1 };
}

interface EsmResult {
  problems: MdxProblem[];
  /** Names every import line binds, allowed or not, so a refused import is not also reported at each use. */
  imported: string[];
}

/** The import and export lines at `at` in the file `path` (relative to `root`). */
export function esmProblems(code: string, at: Position, path: string, root: string): EsmResult {
  const parsed = program(code);
  if (!parsed) return { problems: [{ ...at, message: `These import or export lines cannot be read. Content pages may import only the site's content components: ${importLines}.` }], imported: [] };
  const pageDir = dirname(resolve(root, path));
  const result: EsmResult = { problems: [], imported: [] };
  for (const statement of parsed.body) {
    const message =
      statement.type === 'ImportDeclaration'
        ? importProblem(statement as unknown as ImportStatement, pageDir)
        : /^Export/.test(statement.type)
          ? exportMessage
          : "Only import lines may stand at the top of an MDX page: import one of the site's content components, or remove the line.";
    if (statement.type === 'ImportDeclaration') result.imported.push(...(statement as unknown as ImportStatement).specifiers.map((specifier) => specifier.local.name));
    if (message) result.problems.push({ ...positionIn(at, statement), message });
  }
  return result;
}
