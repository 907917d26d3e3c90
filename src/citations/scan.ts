/**
 * Finds the citations in a content file's source without rendering it, for
 * the build-wide check and the citation registry. Same parser and collector
 * as the remark plugin, so all three agree on what counts as a citation.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { collectCitations, type FoundCitation } from './collect.ts';

const markdown = unified().use(remarkParse).use(remarkGfm);
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Blanks a leading YAML frontmatter block, keeping its lines so positions stay true to the file. */
export function withoutFrontmatter(source: string): { body: string; frontmatter: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  if (!match) return { body: source, frontmatter: '' };
  return { body: source.replace(match[0], match[0].replace(/[^\n]/g, '')), frontmatter: match[1]! };
}

/** Parses a content body (frontmatter removed) into mdast, as the site's Markdown pipeline reads it. */
export function parseContent(body: string, isMdx: boolean, path?: string): { tree: Root; file: VFile } {
  const file = new VFile({ value: body, ...(path ? { path } : {}) });
  return { tree: (isMdx ? mdx : markdown).parse(file) as Root, file };
}

export function scanCitations(body: string, isMdx: boolean, path?: string): FoundCitation[] {
  const { tree, file } = parseContent(body, isMdx, path);
  return collectCitations(tree, file);
}
