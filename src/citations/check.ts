/**
 * The build-wide citation check: every unknown key in every content file,
 * in text and in frontmatter, reported together with file:line:column, so a
 * maintainer fixes them all in one pass instead of one failed build each.
 */
import { load } from 'js-yaml';
import type { Bibliography } from './bibliography.ts';
import { citationInLinkMessage, unknownFrontmatterKeyMessage, unknownKeyMessage } from './messages.ts';
import { siteLocators } from './site-style.ts';
import type { Root } from 'mdast';
import { collectCitations, type FoundCitation } from './collect.ts';
import type { ParsedFile } from './scan.ts';

export interface ContentFile {
  /** Path shown in messages, relative to the project. */
  path: string;
  source: string;
}

export interface Problem {
  path: string;
  line: number;
  column: number;
  message: string;
}

/** Frontmatter fields that hold citation keys. */
export const keyFields = ['sources', 'citationKey', 'citesWorks'] as const;

export const formatProblem = (problem: Problem) => `${problem.path}:${problem.line}:${problem.column}: ${problem.message}`;

function frontmatterKeys(frontmatter: string): { field: string; key: string }[] {
  let data: unknown;
  try {
    data = load(frontmatter);
  } catch {
    // Malformed YAML is the content schema's to report, with its own position.
    return [];
  }
  if (typeof data !== 'object' || data === null) return [];
  const record = data as Record<string, unknown>;
  return keyFields.flatMap((field) => {
    const value = record[field];
    const keys = Array.isArray(value) ? value : value === undefined ? [] : [value];
    return keys.filter((key): key is string => typeof key === 'string').map((key) => ({ field, key }));
  });
}

/** Where `key` is written in the frontmatter: line (after the opening ---) and column. */
function locate(frontmatter: string, field: string, key: string): { line: number; column: number } {
  const lines = frontmatter.split('\n');
  const fieldLine = Math.max(0, lines.findIndex((line) => line.startsWith(`${field}:`)));
  for (let index = fieldLine; index < lines.length; index += 1) {
    const column = lines[index]!.search(new RegExp(`(?<![\\w:.-])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w:.-])`));
    if (column >= 0) return { line: index + 2, column: column + 1 };
  }
  return { line: fieldLine + 2, column: 1 };
}

/** Receives each file's parsed body, so the build can reuse the parse (src/lib/page-index.ts). */
export type OnParsed = (body: string, mdx: boolean, tree: Root, found: FoundCitation[]) => void;

/** One file's unknown keys, in frontmatter and text; `parsed` is the file read once for every check. */
export function checkFileCitations(path: string, { body, frontmatter, mdx, parsed }: ParsedFile, bibliography: Bibliography, onParsed?: OnParsed): Problem[] {
  const inFrontmatter = frontmatterKeys(frontmatter)
    .filter(({ key }) => !isKnown(key, bibliography))
    .map(({ field, key }) => ({ path, ...locate(frontmatter, field, key), message: unknownFrontmatterKeyMessage(field, key, bibliography.items.keys()) }));
  // Invalid MDX (no tree) is reported by the content gate's unsafe-content check, with its position.
  const found = parsed ? collectCitations(parsed.tree, body, siteLocators()) : [];
  if (parsed) onParsed?.(body, mdx, parsed.tree, found);
  return [...inFrontmatter, ...citationProblems(path, found, bibliography)];
}

/** A key whose entry is in a file but could not be used is reported there, not again at every citation. */
export const isKnown = (key: string, bibliography: Bibliography): boolean => bibliography.items.has(key) || bibliography.rejected?.has(key) === true;

/**
 * Every citation that cannot be rendered: a key the bibliography does not
 * hold (with the closest keys), and a citation in link text, which would put
 * a link inside a link.
 */
export function citationProblems(path: string, found: FoundCitation[], bibliography: Bibliography): Problem[] {
  return found.flatMap(({ citation, line, column, inLink }) => [
    ...(inLink ? [{ path, line, column, message: citationInLinkMessage }] : []),
    ...citation.items.filter((item) => !isKnown(item.key, bibliography)).map((item) => ({ path, line, column, message: unknownKeyMessage(item.key, bibliography.items.keys()) })),
  ]);
}
