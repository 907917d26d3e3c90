/**
 * Every citation problem in content/, listed at once for the content gate
 * (src/integrations/content-gate.ts): unreadable bibliography entries,
 * duplicate keys, and unknown keys in text or frontmatter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { BibliographyError } from '../citations/bibliography.ts';
import { checkCitations, formatProblem, type ContentFile } from '../citations/check.ts';
import { citationContext } from '../citations/context.ts';

export function readContentFiles(contentDir: string, root: string): ContentFile[] {
  return (readdirSync(contentDir, { recursive: true }) as string[])
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => ({ path: relative(root, join(contentDir, name)).split(sep).join('/'), source: readFileSync(join(contentDir, name), 'utf8') }));
}

export function citationProblems(contentDir: string, root: string): string[] {
  let context;
  try {
    context = citationContext();
  } catch (error) {
    if (error instanceof BibliographyError) return error.problems;
    throw error;
  }
  return checkCitations(readContentFiles(contentDir, root), context.bibliography).map(formatProblem);
}
