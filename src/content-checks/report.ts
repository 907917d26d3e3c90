/**
 * How content problems are shown, by `npm run check` and by the build alike:
 * one line per problem, `file:line:column: what is wrong. What to do.`,
 * grouped by file, with a count, and nothing else.
 */
import { relative, sep } from 'node:path';
import { formatProblem, type Problem } from '../citations/check.ts';
import { generatorPath, siteRoot } from '../config/site-paths.ts';
import type { ContentReport } from './check-content.ts';

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Each problem on its line, with a blank line between files; `problems` are sorted by file. */
function grouped(problems: Problem[]): string[] {
  return [...Map.groupBy(problems, (problem) => problem.path).values()].flatMap((group, index) => [...(index > 0 ? [''] : []), ...group.map(formatProblem)]);
}

function block(problems: Problem[], title: string): string[] {
  if (problems.length === 0) return [];
  return [`${title} in ${count(new Set(problems.map((problem) => problem.path)).size, 'file')}:`, '', ...grouped(problems), ''];
}

/**
 * The guide to every message (docs/checks.md, which ships with the
 * generator), as a path from the site's folder: docs/checks.md in this
 * repository, node_modules/evidence-site/docs/checks.md in a site that
 * installs the generator.
 */
export const checksGuide = (): string => relative(siteRoot(), generatorPath('docs', 'checks.md')).split(sep).join('/');

/** The notes, the warnings, then the problems, each under a line that counts them; empty when there is nothing to say. */
export function reportLines({ errors, warnings, notes }: Omit<ContentReport, 'site'>): string[] {
  return [
    ...block(notes, count(notes.length, 'note')),
    ...block(warnings, `${count(warnings.length, 'warning')} (the site still builds)`),
    ...block(errors, count(errors.length, 'problem')),
    ...(errors.length > 0 ? [`Fix each line above: ${checksGuide()} explains every message.`] : []),
  ];
}
