/**
 * Checks every citation in content/ before Astro renders a page, and stops
 * the build with all problems listed at once: unreadable bibliography
 * entries, duplicate keys, and unknown keys in text or frontmatter.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
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

export function citationProblems(contentDir: string, root: string): string[] {
  let context;
  try {
    context = citationContext();
  } catch (error) {
    if (error instanceof BibliographyError) return error.problems;
    throw error;
  }
  const matcher = glossaryMatcher();
  const remember: OnParsed = (body, mdx, tree, found) => rememberAnalysis(body, mdx, analyse(tree, found, matcher));
  return checkCitations(readContentFiles(contentDir, root), context.bibliography, remember).map(formatProblem);
}

export default function citationCheck(): AstroIntegration {
  return {
    name: 'coproduction-kb:citation-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const problems = timedCitations(() => citationProblems(join(process.cwd(), 'content'), process.cwd()));
        if (problems.length > 0) {
          throw new AstroError(
            `The build stopped: ${problems.length} citation ${problems.length === 1 ? 'problem' : 'problems'} in content/.\n${problems.join('\n')}`,
            'Fix each line above; README.md ("Citing sources") explains every message.',
          );
        }
        logger.info('Every citation resolves.');
      },
    },
  };
}
