/**
 * Every citation problem in content/, for the content gate
 * (src/integrations/content-gate.ts) to list at once: unreadable bibliography
 * entries, duplicate keys, and unknown keys in text or frontmatter. The check
 * sees every page's parse, so it leaves each page's citations and glossary
 * terms behind for the registries (src/lib/page-index.ts): one parse per page
 * per build.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { checkFileCitations, formatProblem, type ContentFile, type OnParsed } from '../citations/check.ts';
import type { ParsedFile } from '../citations/scan.ts';
import { bibliographyReport } from '../citations/context.ts';
import { siteLocators, siteStyle } from '../citations/site-style.ts';
import { StyleError } from '../citations/styles.ts';
import { contentTree } from '../content-checks/content-tree.ts';
import { timedCitations } from '../citations/timing.ts';
import { glossaryMatcher } from '../glossary/context.ts';
import { analyse, rememberAnalysis } from '../lib/page-index.ts';

/** Every Markdown and MDX page; links and special files are never read (the content gate refuses them). */
export function readContentFiles(contentDir: string, root: string): ContentFile[] {
  return contentTree(contentDir, root)
    .files.filter((file) => /\.mdx?$/.test(file))
    .map((file) => ({ path: relative(root, file).split(sep).join('/'), source: readFileSync(file, 'utf8') }));
}

export interface CitationCheck {
  /** Errors in the bibliography files; pages are still checked against every entry that could be used. */
  bibliographyProblems: string[];
  /** One file's citation problems, from the parse the content gate made of it. */
  check(path: string, read: ParsedFile): string[];
}

/** The site's citation style and locale, read now so a missing or unreadable one is a message, not a failure half way through the build. */
function styleProblems(): string[] {
  try {
    siteStyle();
    siteLocators();
    return [];
  } catch (error) {
    if (error instanceof StyleError) return [error.message];
    throw error;
  }
}

export function citationCheck(): CitationCheck {
  const style = styleProblems();
  // Without the locale's locator terms no citation can be read.
  if (style.length > 0) return { bibliographyProblems: style, check: () => [] };
  const { bibliography, errors } = timedCitations(bibliographyReport);
  const matcher = glossaryMatcher();
  const remember: OnParsed = (body, mdx, tree, found) => rememberAnalysis(body, mdx, analyse(tree, found, matcher));
  return { bibliographyProblems: errors.map(formatProblem), check: (path, read) => timedCitations(() => checkFileCitations(path, read, bibliography, remember).map(formatProblem)) };
}
