/**
 * Checks every content file's frontmatter before Astro loads it, with the
 * same parser and schemas, and reports each problem at its real line with
 * what to write instead, including text that holds HTML (frontmatter is
 * plain text: src/content-checks/plain-text.ts). Astro stops at the first
 * bad file and gives schema errors at line 0; a maintainer editing on GitHub
 * needs every line at once.
 */
import { parseFrontmatter } from 'astro/markdown';
import type { z } from 'astro/zod';
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { ContentFile, Problem } from '../citations/check.ts';
import { closestKeys } from '../citations/suggest.ts';
import { markupInYaml, markupMessage } from './plain-text.ts';

type Path = readonly PropertyKey[];

/** Where a frontmatter block starts and ends; `closed` is false when the closing --- is missing. */
function frontmatterBlock(source: string): { text: string; closed: boolean } | undefined {
  // Editors on Windows may save a byte-order mark first; Astro accepts it.
  if (!/^\uFEFF?---\r?\n/.test(source)) return undefined;
  const match = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(source);
  return match ? { text: match[1] ?? '', closed: true } : { text: '', closed: false };
}

const label = (path: Path) => path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`)).join('');

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, part) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined), data);
}

/** The YAML node for `path`, or the nearest ancestor that exists (for a missing field, its parent). */
function nodeAt(doc: Document, path: Path): Node | undefined {
  for (let length = path.length; length >= 0; length -= 1) {
    const node = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true);
    if (node && typeof node === 'object' && 'range' in node) return node as Node;
  }
  return undefined;
}

/** The YAML key node named `key` inside the map at `path`. */
function keyNode(doc: Document, path: Path, key: string): Node | undefined {
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

/** Plain-English description of a field from the schema's .describe(), for "add this field" messages. */
function describeField(schema: z.ZodType, key: PropertyKey): string | undefined {
  const shape = (schema as unknown as { shape?: Record<PropertyKey, z.ZodType> }).shape;
  return shape?.[key]?.description;
}

const isDefaultMessage = (message: string) => /^(Invalid input|Invalid option|Too (small|big)|Unrecognized key|Invalid string|Expected)/.test(message);

const expectedWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list, e.g. [first, second]',
  object: 'a group of fields',
  date: 'a date written as YYYY-MM-DD',
};

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (value !== null && typeof value === 'object') return 'a group of fields';
  return `"${String(value)}"`;
}

function issueMessage(issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType, source: string): string {
  const path = issue.path as Path;
  const value = valueAt(data, path);
  const where = label(path);
  if (issue.code === 'invalid_type' && value === undefined) {
    const description = path.length === 1 ? describeField(schema, path[0]!) : undefined;
    return `${where} is missing. Add a line "${String(path.at(-1))}: ..."${description ? ` (${description.replace(/\.$/, '')})` : ''}.`;
  }
  // `- Note: this` is a YAML map, not text: the colon makes "Note" a field name.
  if (issue.code === 'invalid_type' && issue.expected === 'string' && typeof path.at(-1) === 'number' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const written = source.trim().replace(/^-\s*/, '');
    return `${where} has a colon followed by a space, so YAML reads it as a field name, not text. Put the item in quotes: - "${written.replace(/"/g, '\\"')}"`;
  }
  if (!isDefaultMessage(issue.message)) return issue.message.startsWith(String(path.at(-1))) ? issue.message : `${where}: ${issue.message}`;
  switch (issue.code) {
    case 'invalid_type':
      return `${where} should be ${expectedWords[issue.expected] ?? issue.expected}, not ${describeValue(value)}.`;
    case 'invalid_value':
      return `${where}: use one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')}, not ${describeValue(value)}.`;
    case 'too_small':
      return issue.origin === 'array'
        ? `${where} needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'item' : 'items'}.`
        : issue.origin === 'string'
          ? `${where} is too short: write at least ${issue.minimum} characters.`
          : `${where} must be at least ${issue.minimum}.`;
    case 'too_big':
      return issue.origin === 'string' ? `${where} is too long: keep it under ${issue.maximum} characters.` : `${where} must be at most ${issue.maximum}.`;
    default:
      return `${where}: ${issue.message}.`;
  }
}

/** YAML accepts 2025-02-30 and quietly turns it into 2 March; a date that does not exist is a typo. */
function impossibleDates(doc: Document, lines: LineCounter, offset: number): { line: number; column: number; message: string }[] {
  const found: { line: number; column: number; message: string }[] = [];
  visit(doc, {
    Scalar(_key, node) {
      const match = node.type === 'PLAIN' && typeof node.source === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(node.source) : null;
      if (!match || !node.range) return;
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return;
      const { line, col } = lines.linePos(node.range[0]);
      found.push({ line: line + offset, column: col, message: `${node.source} is not a real date. Check the day and the month (YYYY-MM-DD).` });
    },
  });
  return found;
}

/**
 * Every frontmatter problem in one content file. `schema` is the collection's
 * schema; `kind` names the page type in messages ("guidance").
 */
export function frontmatterProblems(file: ContentFile, schema: z.ZodType, kind: string): Problem[] {
  const at = (line: number, column: number, message: string): Problem => ({ path: file.path, line, column, message });
  const block = frontmatterBlock(file.source);
  if (!block) return [at(1, 1, `This ${kind} page has no frontmatter. Start the file with a line of three hyphens (---), the fields, then another --- line.`)];
  if (!block.closed) return [at(1, 1, 'The frontmatter that starts here is never closed. Add a line with just --- after the last field.')];

  // The block's first line is line 2 of the file.
  const offset = 1;
  const lines = new LineCounter();
  const doc = parseDocument(block.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // One message per line: a single slip often trips several parser rules.
    const byLine = new Map<number, Problem>();
    for (const error of doc.errors) {
      const line = error.code === 'MISSING_CHAR' ? (openQuoteLine(block.text) ?? lines.linePos(error.pos[0]).line) : lines.linePos(error.pos[0]).line;
      if (!byLine.has(line)) byLine.set(line, at(line + offset, 1, `The frontmatter is not valid YAML: ${error.message.split('\n')[0]}. ${yamlHint(error.code)}`));
    }
    return [...byLine.values()];
  }
  let data: unknown;
  try {
    // Astro's own parser, so the data checked here is exactly what the build validates.
    data = parseFrontmatter(file.source).frontmatter;
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    return [at(mark ? mark.line + 1 : 1, mark ? mark.column + 1 : 1, `The frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}. ${yamlHint('')}`)];
  }

  const dates = impossibleDates(doc, lines, offset).map(({ line, column, message }) => at(line, column, message));
  const markup = markupInYaml(doc, lines).map(({ path, line, column, markup }) => at(line + offset, column, markupMessage(label(path), markup)));
  const sourceLines = file.source.split('\n');
  const result = schema.safeParse(data);
  const issues = result.success ? [] : result.error.issues;
  const schemaProblems = issues.flatMap((issue) => {
    const path = issue.path as Path;
    if (issue.code === 'unrecognized_keys') {
      const fields = Object.keys((schema as unknown as { shape?: object }).shape ?? {});
      return issue.keys.map((key) => {
        const node = keyNode(doc, path, key);
        const { line, col } = node?.range ? lines.linePos(node.range[0]) : { line: 0, col: 1 };
        const suggestion = closestKeys(key, fields, 1)[0];
        const name = path.length > 0 ? `${label(path)}.${key}` : key;
        return at(line + offset, col, `"${name}" is not a field of ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} page.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Check the spelling, or remove the line.`);
      });
    }
    const node = nodeAt(doc, path);
    const { line, col } = node?.range ? lines.linePos(node.range[0]) : { line: 0, col: 1 };
    const missing = valueAt(data, path) === undefined;
    // A missing top-level field has no line of its own: point at the opening ---.
    const fileLine = missing && path.length === 1 ? 1 : line + offset;
    return [at(fileLine, missing ? 1 : col, issueMessage(issue, data, schema, sourceLines[fileLine - 1] ?? ''))];
  });
  return [...dates, ...markup, ...schemaProblems].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The parser reports an unclosed quote where the text ends; the author needs the line where it opens. */
function openQuoteLine(text: string): number | undefined {
  const index = text.split('\n').findIndex((line) => (line.replace(/\\"/g, '').match(/"/g) ?? []).length % 2 === 1);
  return index >= 0 ? index + 1 : undefined;
}

function yamlHint(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'Each field may appear only once: delete one of them.';
  return 'Check that quotes are closed, that list items start with "- " and line up under each other, and put any text containing ": " in quotes.';
}
