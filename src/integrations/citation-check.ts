/**
 * Every citation problem in content/, listed at once for the content gate
 * (src/integrations/content-gate.ts): unreadable bibliography entries,
 * duplicate keys, and unknown keys in text or frontmatter. The check parses
 * every page, so it leaves each page's citations and glossary terms behind
 * for the registries (src/lib/page-index.ts): one parse per page per build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { BibliographyError } from '../citations/bibliography.ts';
import { checkCitations, formatProblem, type ContentFile, type OnParsed } from '../citations/check.ts';
import { citationContext } from '../citations/context.ts';
import { timedCitations } from '../citations/timing.ts';
import { glossaryMatcher } from '../glossary/context.ts';
import { analyse, rememberAnalysis } from '../lib/page-index.ts';

export function readContentFiles(contentDir: string, root: string): ContentFile[] {
  return (readdirSync(contentDir, { recursive: true }) as string[])
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => ({ path: relative(root, join(contentDir, name)).split(sep).join('/'), source: readFileSync(join(contentDir, name), 'utf8') }));
}

/** `files` are the content files the caller has already read. */
export function citationProblems(files: ContentFile[]): string[] {
  return timedCitations(() => {
    let context;
    try {
      context = citationContext();
    } catch (error) {
      if (error instanceof BibliographyError) return error.problems;
      throw error;
    }
    const matcher = glossaryMatcher();
    const remember: OnParsed = (body, mdx, tree, found) => rememberAnalysis(body, mdx, analyse(tree, found, matcher));
    return checkCitations(files, context.bibliography, remember).map(formatProblem);
  });
}
