/**
 * Finds the citations in a content file's source without rendering it, for
 * the build-wide check and the citation registry. Same parser (Sätteri, with
 * the same features) and collector as the citations plugin, so all three
 * agree on what counts as a citation.
 */
import type { Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { frontmatterBlock } from '../lib/frontmatter-block.ts';
import { contentFeatures } from '../markdown/features.ts';
import { collectCitations, type FoundCitation } from './collect.ts';
import { siteLocators } from './site-style.ts';

/** Blanks a leading YAML frontmatter block (frontmatter-block.ts), keeping its lines so positions stay true to the file. */
export function withoutFrontmatter(source: string): { body: string; frontmatter: string } {
  const block = frontmatterBlock(source);
  if (!block?.closed) return { body: source, frontmatter: '' };
  return { body: block.raw.replace(/[^\n]/g, '') + source.slice(block.raw.length), frontmatter: block.text };
}

/** Why MDX could not be read, and where. */
export class ParseError extends Error {
  readonly line: number;
  readonly column: number;
  readonly reason: string;

  constructor(line: number, column: number, reason: string) {
    super(`${line}:${column}: ${reason}`);
    this.name = 'ParseError';
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}

/** Sätteri reports "line:column: reason (rule-id)" in the message alone. */
function parseError(error: unknown): ParseError {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/.exec(message);
  return match ? new ParseError(Number(match[1]), Number(match[2]), match[3]!) : new ParseError(1, 1, message);
}

/** Parses a content body (frontmatter removed) into mdast, as the site's Markdown pipeline reads it. Throws a ParseError. */
export function parseContent(body: string, isMdx: boolean): { tree: Root } {
  try {
    return { tree: (isMdx ? mdxToMdast : markdownToMdast)(body, { features: contentFeatures }) as Root };
  } catch (error) {
    throw parseError(error);
  }
}

/**
 * A content file read once for every check that needs its Markdown tree:
 * either its tree, or (MDX that cannot be read) why not, with the position.
 */
export type ParsedFile = { body: string; frontmatter: string; mdx: boolean } & ({ parsed: { tree: Root }; error?: never } | { parsed?: never; error: ParseError });

export function parseFile({ path, source }: { path: string; source: string }): ParsedFile {
  const { body, frontmatter } = withoutFrontmatter(source);
  const mdx = path.endsWith('.mdx');
  try {
    return { body, frontmatter, mdx, parsed: parseContent(body, mdx) };
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return { body, frontmatter, mdx, error };
  }
}

export function scanCitations(body: string, isMdx: boolean): FoundCitation[] {
  return collectCitations(parseContent(body, isMdx).tree, body, siteLocators());
}
