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
import { frontmatterBlock } from '../lib/frontmatter-block.ts';
import { markupInYaml, markupMessage } from './plain-text.ts';

type Path = readonly PropertyKey[];

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

type SchemaDef = { innerType?: z.ZodType; element?: z.ZodType; shape?: Record<PropertyKey, z.ZodType> };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The fields of the object at `path` in `schema` (through optional, default and list wrappers), for "did you mean" suggestions. */
function shapeAt(schema: z.ZodType | undefined, path: Path): Record<PropertyKey, z.ZodType> | undefined {
  let current = schema;
  for (let index = 0; current && index <= path.length; ) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (index === path.length) return def.shape;
    else current = typeof path[index++] === 'number' ? def.element : def.shape?.[path[index - 1]!];
  }
  return undefined;
}

/** Plain-English description of the field at `path` from the schema's .describe(), for "add this field" messages. */
function describeField(schema: z.ZodType, path: Path): string | undefined {
  return shapeAt(schema, path.slice(0, -1))?.[path.at(-1)!]?.description;
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
    const description = describeField(schema, path);
    return `${where} is missing. Add a line "${String(path.at(-1))}: ..."${description ? ` (${description.replace(/\.$/, '')})` : ''}.`;
  }
  // `- Note: this` is a YAML map, not text: the colon makes "Note" a field name.
  if (issue.code === 'invalid_type' && issue.expected === 'string' && typeof path.at(-1) === 'number' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const written = source.trim().replace(/^-\s*/, '');
    return `${where} has a colon followed by a space, so YAML reads it as a field name, not text. Put the item in quotes: - "${written.replace(/"/g, '\\"')}"`;
  }
  if (!isDefaultMessage(issue.message)) return issue.message.startsWith(String(path.at(-1))) ? issue.message : `${where}: ${issue.message}`;
  switch (issue.code) {
    case 'invalid_type': {
      // A list's description says what goes in it (for a vocabulary, its values): "sector: hospital" needs both.
      const description = issue.expected === 'array' ? describeField(schema, path) : undefined;
      return `${where} should be ${expectedWords[issue.expected] ?? issue.expected}, not ${describeValue(value)}.${description ? ` ${description}` : ''}`;
    }
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
  // The block's first line is line 2 of the file; Astro's own parser reads
  // the data, so what is checked here is exactly what the build validates.
  return yamlProblems({ path: file.path, text: block.text, offset: 1, schema, fieldOf: `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} page`, read: () => parseFrontmatter(file.source).frontmatter, sourceLines: file.source.split('\n') });
}

export interface YamlText {
  /** The file, for messages. */
  path: string;
  text: string;
  /** Lines of the file before the YAML text. */
  offset: number;
  schema: z.ZodType;
  /** What a field belongs to, in messages: '"x" is not a field of <fieldOf>'. */
  fieldOf: string;
  /** The data as its reader will see it; may throw a YAML error with a `mark`. */
  read: (doc: Document) => unknown;
  /** The file's lines, for messages that quote one. */
  sourceLines: string[];
}

/** Every problem in YAML text checked against a schema (frontmatter, or a YAML file of content/), each at its line and column. */
export function yamlProblems({ path, text, offset, schema, fieldOf, read, sourceLines }: YamlText): Problem[] {
  const at = (line: number, column: number, message: string): Problem => ({ path, line, column, message });
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // One message per line: a single slip often trips several parser rules.
    const byLine = new Map<number, Problem>();
    for (const error of doc.errors) {
      const line = error.code === 'MISSING_CHAR' ? (openQuoteLine(text) ?? lines.linePos(error.pos[0]).line) : lines.linePos(error.pos[0]).line;
      if (!byLine.has(line)) byLine.set(line, at(line + offset, 1, `The ${offset > 0 ? 'frontmatter' : 'file'} is not valid YAML: ${error.message.split('\n')[0]}. ${yamlHint(error.code)}`));
    }
    return [...byLine.values()];
  }
  let data: unknown;
  try {
    data = read(doc);
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    return [at(mark ? mark.line + 1 : 1, mark ? mark.column + 1 : 1, `The ${offset > 0 ? 'frontmatter' : 'file'} is not valid YAML: ${(error as Error).message.split('\n')[0]}. ${yamlHint('')}`)];
  }

  const dates = impossibleDates(doc, lines, offset).map(({ line, column, message }) => at(line, column, message));
  const markup = markupInYaml(doc, lines).map(({ path: field, line, column, markup }) => at(line + offset, column, markupMessage(label(field), markup)));
  const result = schema.safeParse(data);
  const issues = result.success ? [] : result.error.issues;
  const schemaProblems = issues.flatMap((issue) => {
    const field = issue.path as Path;
    if (issue.code === 'unrecognized_keys') {
      const fields = Object.keys(shapeAt(schema, field) ?? {});
      return issue.keys.map((key) => {
        const node = keyNode(doc, field, key);
        const { line, col } = node?.range ? lines.linePos(node.range[0]) : { line: 0, col: 1 };
        const suggestion = closestKeys(key, fields, 1)[0];
        const name = field.length > 0 ? `${label(field)}.${key}` : key;
        return at(line + offset, col, `"${name}" is not a field of ${fieldOf}.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Check the spelling, or remove the line.`);
      });
    }
    const node = nodeAt(doc, field);
    const { line, col } = node?.range ? lines.linePos(node.range[0]) : { line: 0, col: 1 };
    const missing = valueAt(data, field) === undefined;
    // A missing top-level field has no line of its own: point at the first line.
    const fileLine = missing && field.length === 1 ? 1 : line + offset;
    return [at(fileLine, missing && field.length === 1 ? 1 : col, issueMessage(issue, data, schema, sourceLines[fileLine - 1] ?? ''))];
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
