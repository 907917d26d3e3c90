/**
 * The build's gatekeeper. Before Astro loads any content, checks every file
 * and stops the build with all problems listed at once, each at its file and
 * line with what to write instead: links and special files in content/,
 * frontmatter (YAML, schema, HTML in text), pages that share an address,
 * citations, code and disallowed markup in content, and images without alt
 * text.
 * Astro itself stops at the first bad file, reports schema errors at line 0,
 * and only warns when two pages share an address.
 *
 * It also makes sure a failed build leaves no site behind: Astro writes pages
 * as it goes, so a build that fails half way (or whose link check fails at
 * the end) would leave a dist/ that looks publishable.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';
import { bibliographyTexts } from '../citations/bibliography.ts';
import { formatProblem, type ContentFile, type Problem } from '../citations/check.ts';
import { parseFile } from '../citations/scan.ts';
import { bibliographyReport } from '../citations/context.ts';
import { contentTree } from '../content-checks/content-tree.ts';
import { duplicateAddresses } from '../content-checks/duplicate-addresses.ts';
import { frontmatterProblems } from '../content-checks/frontmatter.ts';
import { imagesWithoutAlt, markupInBibliography } from '../content-checks/lint.ts';
import { markupInYaml, markupMessage } from '../content-checks/plain-text.ts';
import { unsafeContent } from '../content-checks/unsafe-content.ts';
import { caseStudySchema, evidenceSchema, glossarySchema, guidanceSchema } from '../schemas/collections.ts';
import { readTopicIds } from '../schemas/topics.ts';
import { citationCheck, readContentFiles } from './citation-check.ts';

/** Content folders, the schema of their pages and what a page of each is called in messages. */
function collections(topicIds: [string, ...string[]]) {
  return [
    { folder: 'guidance', schema: guidanceSchema(topicIds), kind: 'guidance' },
    { folder: 'case-studies', schema: caseStudySchema(topicIds), kind: 'case study' },
    { folder: 'evidence', schema: evidenceSchema(topicIds), kind: 'evidence' },
    { folder: 'glossary', schema: glossarySchema(topicIds), kind: 'glossary' },
  ];
}

/** Topic titles and summaries are plain text, as frontmatter is. */
function topicsMarkup(path: string, text: string): Problem[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  return markupInYaml(doc, lines).map(({ path: [index, field], line, column, markup }) => {
    const id = doc.getIn([index, 'id']);
    return { path, line, column, message: markupMessage(`${String(field)} of the topic "${String(id)}"`, markup) };
  });
}

/** Every problem that stops the build, as "file:line:column: message" lines, in file order. */
export function contentGateProblems(root: string): string[] {
  const contentDir = join(root, 'content');
  // A link or a special file stops the checks before any file is read: a
  // link's target is outside content/, and a named pipe is never done.
  const refused = contentTree(contentDir, root).problems;
  if (refused.length > 0) return refused.map(formatProblem);
  const files = readContentFiles(contentDir, root);
  let topicIds: [string, ...string[]];
  try {
    topicIds = readTopicIds(new URL(`file://${join(contentDir, 'topics.yaml')}`));
  } catch (error) {
    // Every page names a topic, so without the topics there is nothing else to check.
    const { mark, reason } = error as { mark?: { line: number; column: number }; reason?: string };
    const problem = mark
      ? `content/topics.yaml:${mark.line + 1}:${mark.column + 1}: The topics file is not valid YAML: ${reason}. Check that quotes are closed and that each topic's fields line up under its "- id:" line.`
      : (error as Error).message;
    const citations = citationCheck();
    return [problem, ...citations.bibliographyProblems, ...files.flatMap((file) => citations.check(file.path, parseFile(file)))];
  }
  const problems: Problem[] = topicsMarkup('content/topics.yaml', readFileSync(join(contentDir, 'topics.yaml'), 'utf8'));
  for (const { folder, schema, kind } of collections(topicIds)) {
    const prefix = `content/${folder}/`;
    const pages: ContentFile[] = files.filter((file) => file.path.startsWith(prefix));
    for (const page of pages) problems.push(...frontmatterProblems(page, schema, kind));
    problems.push(...duplicateAddresses(pages, prefix.slice(0, -1)));
  }
  const citations = citationCheck();
  const citationProblems = [...citations.bibliographyProblems];
  // Each file is parsed once, for both checks, and its tree dropped before the next.
  for (const file of files) {
    const read = parseFile(file);
    problems.push(...unsafeContent(file, root, read));
    citationProblems.push(...citations.check(file.path, read));
  }
  problems.push(...imagesWithoutAlt(files));
  const sorted = problems.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column).map(formatProblem);
  return [...sorted, ...citationProblems];
}

export default function contentGate(): AstroIntegration {
  return {
    name: 'coproduction-kb:content-gate',
    hooks: {
      // config:setup runs before Astro syncs content, so these messages come first.
      // Only for builds: the live preview shows Astro's own errors as pages are edited.
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const outDir = fileURLToPath(config.outDir);
        process.on('exit', (code) => {
          if (code === 0 || !existsSync(outDir)) return;
          rmSync(outDir, { recursive: true, force: true });
          console.error(`The build failed, so ${outDir} was removed: a half-built site must never be published.`);
        });
        const problems = contentGateProblems(process.cwd());
        if (problems.length > 0) {
          throw new AstroError(
            `The build stopped: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in content/.\n${problems.join('\n')}`,
            'Fix each line above (file:line:column: what is wrong and what to write instead); CONTRIBUTING.md ("What the checks mean") explains every message.',
          );
        }
        const { bibliography, warnings, givenKeys } = bibliographyReport();
        for (const warning of [...warnings, ...markupInBibliography(bibliographyTexts(bibliography, process.cwd()))]) logger.warn(formatProblem(warning));
        for (const given of givenKeys) logger.info(formatProblem(given));
        logger.info('Every content file passed the checks: files, frontmatter, addresses, citations, no code or disallowed markup, alt text.');
      },
    },
  };
}
